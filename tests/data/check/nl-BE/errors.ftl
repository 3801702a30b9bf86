record-not-found = Record niet gevonden
