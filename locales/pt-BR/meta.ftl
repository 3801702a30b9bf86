# O nome do idioma, como seus falantes o escrevem.
locale-name = português (Brasil)
