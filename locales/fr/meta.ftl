# Nom de la langue, tel que l’écrivent ses locuteurs.
locale-name = français
