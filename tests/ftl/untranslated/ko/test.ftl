title = Health commitment letter
