# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Carta de compromiso de aislamiento domiciliario
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Carta de compromiso de observación centralizada
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = Para colaborar en la prevención y el control de la epidemia y proteger mi salud, la de mi familia y la de los demás, me comprometo solemnemente a:
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] cumplir { $days } días de observación médica centralizada en el centro y la habitación indicados arriba, en las fechas allí indicadas;
       *[home] cumplir { $days } días de aislamiento domiciliario en la dirección indicada arriba, en las fechas allí indicadas;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = tomarme la temperatura cada mañana y cada noche y comunicarla con veracidad, e informar de inmediato si tengo fiebre, tos u otros síntomas;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = aceptar los controles mediante sensor en la puerta, visitas a domicilio, llamadas telefónicas u otros medios, y colaborar en ellos;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] no salir de la habitación sin permiso del personal del centro.
       *[home] no salir del lugar de aislamiento ni recibir visitas sin autorización del comité vecinal.
    }
# What breaking the pledge entails.
isolation-commitment-liability = Soy consciente de que, si incumplo este compromiso, incurriré en la responsabilidad legal correspondiente conforme a la «Ley de la República Popular China sobre Prevención y Tratamiento de Enfermedades Infecciosas», la «Ley de Sanciones de la Administración de Seguridad Pública de la República Popular China» y demás disposiciones aplicables.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = He firmado esta carta en presencia del testigo.
