Después dijo Dios: Produzca la tierra hierba verde, hierba que dé simiente.
