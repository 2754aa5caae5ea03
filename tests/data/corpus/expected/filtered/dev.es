Y FUERON acabados los cielos y la tierra, y todo su ornamento.
