brand = Gaozhi
title = 健康承诺书
