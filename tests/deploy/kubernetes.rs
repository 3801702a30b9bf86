//! `deploy/kubernetes/`: every manifest against the Kubernetes schemas
//! (PyPI's kubernetes-validate bundles them: offline), nginx's site from
//! its ConfigMap through `nginx -t`, and the sidecar started as the
//! Deployment configures it, on the locales of its ConfigMap.

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::Value;

use crate::service::Served;
use crate::tools::{get, program, python_tool, read, run, shown, write, yaml_documents};

const DIR: &str = "deploy/kubernetes";
const MANIFESTS: [&str; 6] = [
    "nginx.yaml",
    "locales.yaml",
    "deployment.yaml",
    "service.yaml",
    "hpa.yaml",
    "pdb.yaml",
];

fn manifest(name: &str) -> Value {
    let mut documents = yaml_documents(&format!("{DIR}/{name}"));
    assert_eq!(documents.len(), 1, "{name}: one document");
    documents.remove(0)
}

fn container<'a>(deployment: &'a Value, name: &str) -> &'a Value {
    deployment["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no container {name}"))
}

fn env<'a>(container: &'a Value, name: &str) -> &'a str {
    container["env"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str())
        .unwrap_or_else(|| panic!("no {name} value"))
}

#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (kubernetes-validate from PyPI, nginx)"
)]
fn every_manifest_passes_the_kubernetes_schemas() {
    let validator = python_tool("kubernetes-validate");
    let files: Vec<_> = MANIFESTS
        .iter()
        .map(|m| crate::http::repo_path(&format!("{DIR}/{m}")))
        .collect();
    let output = run(Command::new(validator).arg("--strict").args(&files));
    assert!(output.status.success(), "{}", shown(&output));
    let report = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    for name in MANIFESTS {
        assert!(
            report
                .lines()
                .any(|l| l.contains(name) && l.contains(" passed ")),
            "{name} not reported as passed: {}",
            shown(&output)
        );
    }
    // kustomization.yaml applies exactly these.
    let kustomization = &yaml_documents(&format!("{DIR}/kustomization.yaml"))[0];
    let listed: BTreeSet<&str> = kustomization["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(listed, MANIFESTS.into_iter().collect());
}

/// The ConfigMap's site is the nginx-proxy recipe with Mastodon's
/// addresses as services, and nginx accepts it (`nginx -t`, with those
/// names resolved by an /etc/hosts of a mount namespace of its own).
#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (kubernetes-validate from PyPI, nginx)"
)]
fn the_nginx_configmap_is_the_recipe_and_passes_nginx_t() {
    let site = manifest("nginx.yaml")["data"]["default.conf"]
        .as_str()
        .expect("default.conf")
        .to_owned();
    let recipe = read("examples/nginx-proxy/error-l10n.conf")
        .replace("127.0.0.1:3000", "mastodon-web:3000")
        .replace("127.0.0.1:4000", "mastodon-streaming:4000");
    assert_eq!(site, recipe, "nginx.yaml drifted from examples/nginx-proxy");

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    write(dir.path(), "default.conf", &site);
    let main = format!(
        "pid {d}/nginx.pid;\nerror_log stderr notice;\nevents {{ worker_connections 64; }}\n\
         http {{\n    client_body_temp_path {d}/client_body;\n    proxy_temp_path {d}/proxy;\n\
         \x20   fastcgi_temp_path {d}/fastcgi;\n    uwsgi_temp_path {d}/uwsgi;\n\
         \x20   scgi_temp_path {d}/scgi;\n    include {d}/default.conf;\n}}\n"
    );
    let conf = write(dir.path(), "nginx.conf", &main);
    let hosts = write(
        dir.path(),
        "hosts",
        "127.0.0.1 localhost mastodon-web mastodon-streaming\n",
    );
    let nginx = program("nginx", "apt-get install nginx");
    let script = format!(
        "mount --bind '{}' /etc/hosts && exec '{}' -t -p '{d}' -c '{}' -e stderr",
        hosts.display(),
        nginx.display(),
        conf.display()
    );
    let output = run(
        Command::new(program("unshare", "apt-get install util-linux"))
            .args(["--mount", "--", "sh", "-c", &script]),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stderr.contains("test is successful"),
        "{}",
        shown(&output)
    );
}

/// The sidecar as the Deployment starts it: its arguments and environment
/// (the pod's address and ports made local), on a folder laid out from
/// the locales ConfigMap by the volume's items, as the kubelet does; its
/// probes' paths answer 200; its shutdown fits the pod's grace period.
#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (kubernetes-validate from PyPI, nginx)"
)]
fn the_sidecar_starts_as_the_deployment_configures_it() {
    let deployment = manifest("deployment.yaml");
    let locales = manifest("locales.yaml");
    let pod = &deployment["spec"]["template"]["spec"];
    let sidecar = container(&deployment, "error-l10n");

    // The kubelet's projection of the ConfigMap: each item's key at its path.
    let volume = pod["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "locales")
        .expect("the locales volume");
    let items = volume["configMap"]["items"].as_array().unwrap();
    let data = locales["data"].as_object().unwrap();
    let keys: BTreeSet<&str> = items.iter().map(|i| i["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        data.keys().map(String::as_str).collect(),
        "the volume's items and the ConfigMap's keys (regenerate both with \
         deploy/kubernetes/locales-configmap.py)"
    );
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("locales");
    for item in items {
        let path = folder.join(item["path"].as_str().unwrap());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, data[item["key"].as_str().unwrap()].as_str().unwrap()).unwrap();
    }
    let mount = sidecar["volumeMounts"][0]["mountPath"].as_str().unwrap();
    let args: Vec<String> = sidecar["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().replace(mount, folder.to_str().unwrap()))
        .collect();
    assert_eq!(args[0], "serve");
    assert!(args.contains(&"--watch".to_owned()), "{args:?}");

    // The manifest's environment, with the pod's address made loopback and
    // free ports; the optional Secret is absent, as it may be.
    assert_eq!(env(sidecar, "ERROR_L10N_BIND"), "$(POD_IP):8080");
    let mut command = Command::new(env!("CARGO_BIN_EXE_error-l10n"));
    for variable in sidecar["env"].as_array().unwrap() {
        let (Some(name), Some(value)) = (variable["name"].as_str(), variable["value"].as_str())
        else {
            continue;
        };
        command.env(name, value);
    }
    let bind = crate::http::free_address();
    command
        .env_remove("ERROR_L10N_LOCALES")
        .env("ERROR_L10N_BIND", &bind)
        .env("ERROR_L10N_PROXY_BIND", crate::http::free_address())
        .args(&args);
    let served = Served::spawn(command, &bind);

    let tags: BTreeSet<String> = serde_json::from_str::<Value>(&get(&served.url("/v1/locales")))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["tag"].as_str().unwrap().to_owned())
        .collect();
    let expected: BTreeSet<String> = data
        .keys()
        .map(|k| k.split('.').next().unwrap().to_owned())
        .collect();
    assert_eq!(tags, expected, "the ConfigMap's locales are served");
    for probe in ["livenessProbe", "readinessProbe"] {
        let path = sidecar[probe]["httpGet"]["path"].as_str().unwrap();
        get(&served.url(path)); // asserts a 200
    }

    // Shutdown: the delay and the grace fit in the pod's grace period, and
    // nginx keeps accepting (preStop) as long as the delay.
    let seconds = |v: &str| v.parse::<u64>().unwrap();
    let delay = seconds(env(sidecar, "ERROR_L10N_SHUTDOWN_DELAY"));
    let grace = seconds(env(sidecar, "ERROR_L10N_SHUTDOWN_GRACE"));
    let period = pod["terminationGracePeriodSeconds"].as_u64().unwrap();
    assert!(delay + grace < period, "{delay} + {grace} < {period}");
    let readiness = &sidecar["readinessProbe"];
    let noticed = readiness["periodSeconds"].as_u64().unwrap()
        * readiness["failureThreshold"].as_u64().unwrap();
    assert!(noticed < delay, "the probe sees the 503 within the delay");
    let nginx = container(&deployment, "nginx");
    assert_eq!(
        nginx["lifecycle"]["preStop"]["exec"]["command"],
        serde_json::json!(["sleep", delay.to_string()])
    );
}
