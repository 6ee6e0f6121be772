# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = Notificación personal de observación médica domiciliaria
home-observation-notice-greeting = { $sex ->
        [female] Estimada { $name }:
        [male] Estimado { $name }:
       *[other] Estimado/a { $name }:
    }
home-observation-notice-intro = De acuerdo con la normativa de prevención y control de la epidemia, usted debe permanecer en observación médica domiciliaria en la dirección indicada arriba durante { $days } días, del { $start } al { $end }. Durante este período, cumpla las siguientes normas:
home-observation-notice-section-rules = Normas durante la observación
home-observation-notice-rule-stay = No salga de su domicilio durante la observación.
home-observation-notice-rule-room = Ocupe una habitación individual bien ventilada, con la puerta cerrada, y evite en lo posible el contacto con su familia.
home-observation-notice-rule-visitors = No reciba visitas; como máximo, una persona designada podrá atenderle.
home-observation-notice-rule-temperature = Tómese la temperatura cada mañana y cada noche, y comuníquela al comité vecinal el mismo día.
home-observation-notice-rule-symptoms = Si presenta fiebre, tos seca, cansancio, dolor de garganta, disminución del olfato o del gusto, diarrea u otros síntomas, comuníquelo de inmediato al comité vecinal. Si debe acudir a una clínica de fiebre, el traslado se hará en ambulancia ({ $ambulance }); no utilice el transporte público.
home-observation-notice-rule-mask = Lleve mascarilla siempre que haya alguien cerca.
home-observation-notice-rule-tableware = Use sus propias toallas, vajilla y demás objetos personales, sin compartirlos con nadie.
home-observation-notice-rule-waste = Tire las mascarillas y pañuelos usados en un cubo con tapa; meta la basura doméstica en doble bolsa y entréguela al personal del comité vecinal.
home-observation-notice-rule-supplies = Si necesita artículos de primera necesidad, puede pedir al comité vecinal que se los lleve.
home-observation-notice-section-consequences = Consecuencias del incumplimiento
home-observation-notice-consequence-transfer = Quien incumpla las normas de observación domiciliaria será trasladado a observación médica centralizada (con posibles gastos a su cargo, según la normativa local) y el período de observación volverá a empezar.
home-observation-notice-consequence-law = Las infracciones pueden sancionarse conforme al artículo 50 de la «Ley de Sanciones de la Administración de Seguridad Pública de la República Popular China»; si se provoca la propagación de la epidemia, se exigirá responsabilidad penal conforme a la ley.
home-observation-notice-section-contacts = Contactos
home-observation-notice-acknowledge = He leído y comprendido íntegramente esta notificación y me comprometo a cumplirla.
