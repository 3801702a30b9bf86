# error-l10n as a container image: one static binary (the catalog is
# embedded) in an empty `scratch` image, run as a non-root user.
#
#   docker build -t error-l10n .        # or: buildah bud -t error-l10n .
#   docker run -p 8080:8080 error-l10n
#   docker run -p 8081:8081 -e ERROR_L10N_UPSTREAM=http://mastodon:3000 error-l10n
#
# Settings are the ERROR_L10N_* variables of `error-l10n serve` (README,
# Configuration). The image listens on 0.0.0.0:8080 (query API) and, in
# proxy mode, 0.0.0.0:8081. The upstream's host name is resolved with the
# /etc/hosts and /etc/resolv.conf the container runtime mounts (the image
# has no other file).
#
# The build stage needs a registry for its base image. The runtime stage is
# what tests/deploy builds on a machine without one, from a binary built the
# same way by `.ci/run` (README, Deploy).

ARG RUST_VERSION=1.95

FROM docker.io/library/rust:${RUST_VERSION}-bookworm AS build
WORKDIR /src
COPY . .
# crt-static on the gnu target: glibc linked in, no loader, no libc in the
# image. `--target` keeps the flag off build scripts and proc-macros.
RUN RUSTFLAGS='-C target-feature=+crt-static' \
        cargo build --release --locked --target x86_64-unknown-linux-gnu \
 && mkdir -p /out \
 && install -m 0755 target/x86_64-unknown-linux-gnu/release/error-l10n /out/error-l10n \
 && /out/error-l10n check >/dev/null

FROM scratch AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="error-l10n" \
      org.opencontainers.image.description="Mastodon API errors in the client's language: a sidecar for API gateways" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
COPY --from=build /out/ /
# No passwd file in scratch: a numeric user, not root, owns nothing.
USER 65532:65532
ENV ERROR_L10N_BIND=0.0.0.0:8080 \
    ERROR_L10N_PROXY_BIND=0.0.0.0:8081
EXPOSE 8080 8081
# `healthcheck` probes /readyz on ERROR_L10N_BIND (0.0.0.0 → 127.0.0.1):
# no curl needed. Docker format only (buildah: --format docker).
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["/error-l10n", "healthcheck", "--timeout", "2"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/error-l10n"]
CMD ["serve"]
