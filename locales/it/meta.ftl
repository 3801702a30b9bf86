# Il nome della lingua, così come lo scrivono i suoi parlanti.
locale-name = italiano
