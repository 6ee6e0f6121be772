brand = Gaozhi
title = 건강 서약서
