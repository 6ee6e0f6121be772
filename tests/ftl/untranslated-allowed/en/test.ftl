brand = Gaozhi
title = Health commitment letter
