# Nombre del idioma tal como lo escriben sus hablantes.
locale-name = español
