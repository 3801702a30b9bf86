# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Asuter arameɣtu
http-401 = Ur yettusireg ara
http-403 = Yettwagdel
http-404 = Ur yettwaf ara
http-406 = Ur yettwaqbal ara
http-409 = Amennuɣ
http-410 = Ur yelli ara tura
http-413 = Agbur meqqer aṭas
http-422 = Agbur ur yezmir ara ad yettwasesfer
http-429 = Aṭas n yisuturen
http-500 = Tuccḍa tagensant n uqeddac
http-502 = Tawwurt tarameɣtut
http-503 = Ameẓlu ur yewjid ara
http-504 = Yekfa wakud n uraǧu n tewwurt
http-4xx = Tuccḍa n umsaɣ
http-5xx = Tuccḍa n uqeddac
