EN el principio crió Dios los cielos y la tierra.
Y la tierra estaba desordenada y vacía, y las tinieblas estaban sobre la haz del abismo.
Y dijo Dios: Sea la luz: y fué la luz.
Y vió Dios que la luz era buena & apartó Dios la luz de las tinieblas.
Un varón de la familia de Leví fué, y tomó por mujer una hija de Leví.
Y apacentando Moisés las ovejas de Jethro su suegro, sacerdote de Madián.
Y ACONTECIÓ en los días que gobernaban los jueces, que hubo hambre en la tierra.
Salmo de David. ¡OH Jehová, cuánto se han multiplicado mis enemigos!
Muchos dicen de mi vida: No hay para él salud en Dios. Selah.
Principio del evangelio.
Misericordia y paz y amor os sean multiplicados.
