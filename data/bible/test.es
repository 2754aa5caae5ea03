Y vivió Jared ciento sesenta y dos años, y engendró á Henoch.
Dijo más: Bendito Jehová el Dios de Sem, y séale Canaán siervo.
Y volvió á decir: No se enoje ahora mi Señor, si hablare solamente una vez: quizá se hallarán allí diez. No la destruiré, respondió, por amor de los diez.
Y dijo Abimelech á Abraham: ¿Qué significan esas siete corderas que has puesto aparte?
Y á Chêsed, y á Hazo, y á Pildas, y á Jidlaph, y á Bethuel.
Y díjole: Ven, bendito de Jehová; ¿por qué estás fuera? yo he limpiado la casa, y el lugar para los camellos.
Y sucedió que, como Jacob vió á Rachêl, hija de Labán hermano de su madre, y á las ovejas de Labán el hermano de su madre, llegóse Jacob, y removió la piedra de sobre la boca del pozo, y abrevó el ganado de Labán hermano de su madre.
Y vosotras sabéis que con todas mis fuerzas he servido á vuestro padre:
El Dios de Abraham, y el Dios de Nachôr juzgue entre nosotros, el Dios de sus padres. Y Jacob juró por el temor de Isaac su padre.
Y vino Jacob sano á la ciudad de Sichêm, que está en la tierra de Canaán, cuando venía de Padan-aram; y acampó delante de la ciudad.
Y murió Jobab, y en su lugar reinó Husam, de tierra de Temán.
Las siete vacas hermosas siete años son; y las espigas hermosas son siete años: el sueño es uno mismo.
Y llamó Faraón el nombre de José, Zaphnath-paaneah; y dióle por mujer á Asenath, hija de Potipherah, sacerdote de On. Y salió José por toda la tierra de Egipto.
Y de los postreros de sus hermanos tomó cinco varones, y presentólos delante de Faraón.
Entonces Faraón habló á José, diciendo: Tu padre y tus hermanos han venido á ti;
Y acabado aquel año, vinieron á él el segundo año, y le dijeron: No encubriremos á nuestro señor que el dinero ciertamente se ha acabado; también el ganado es ya de nuestro señor; nada ha quedado delante de nuestro señor sino nuestros cuerpos y nuestra tierra.
Y respondió José á su padre: Son mis hijos, que Dios me ha dado aquí. Y él dijo: Allégalos ahora á mí, y los bendeciré.
Y bendíjolos aquel día, diciendo: En ti bendecirá Israel, diciendo: Póngate Dios como á Ephraim y como á Manasés. Y puso á Ephraim delante de Manasés.
Corriente como las aguas, no seas el principal; por cuanto subiste al lecho de tu padre: entonces te envileciste, subiendo á mi estrado.
Así diréis á José: Ruégote que perdones ahora la maldad de tus hermanos y su pecado, porque mal te trataron: por tanto ahora te rogamos que perdones la maldad de los siervos del Dios de tu padre. Y José lloró mientras hablaban.
Y murió José de edad de ciento diez años; y embalsamáronlo, y fué puesto en un ataúd en Egipto.
Entonces los capataces de los hijos de Israel se vieron en aflicción, habiéndoseles dicho: No se disminuirá nada de vuestro ladrillo, de la tarea de cada día.
Y alegróse Jethro de todo el bien que Jehová había hecho á Israel, que lo había librado de mano de los Egipcios.
Y pondrás la cubierta sobre el arca del testimonio en el lugar santísimo.
Y he aquí que yo he puesto con él á Aholiab, hijo de Ahisamac, de la tribu de Dan: y he puesto sabiduría en el ánimo de todo sabio de corazón, para que hagan todo lo que te he mandado:
En conformidad á todas las cosas que Jehová había mandado á Moisés, así hicieron los hijos de Israel toda la obra.
Luego pondrás la fuente entre el tabernáculo del testimonio y el altar; y pondrás agua en ella.
Y del sacrificio de las paces ofrecerá por ofrenda encendida á Jehová, su sebo, y la cola entera, la cual quitará á raíz del espinazo, y el sebo que cubre los intestinos, y todo el sebo que está sobre las entrañas:
Y dijo Moisés á Aarón: Llégate al altar, y haz tu expiación, y tu holocausto, y haz la reconciliación por ti y por el pueblo: haz también la ofrenda del pueblo, y haz la reconciliación por ellos; como ha mandado Jehová.
Y al séptimo día el sacerdote mirará la llaga: y si la tiña no pareciere haberse extendido, ni hubiere en ella pelo rubio, ni pareciere la tiña más profunda que la tez,
El uno de lo que alcanzare su mano, en expiación por el pecado, y el otro en holocausto, además del presente: y hará el sacerdote expiación por el que se ha de purificar, delante de Jehová.
Y el que hubiere llevado el macho cabrío á Azazel, lavará sus vestidos, lavará también con agua su carne, y después entrará en el real.
Diles: Todo varón de toda vuestra simiente en vuestras generaciones que llegare á las cosas sagradas, que los hijos de Israel consagran á Jehová, teniendo inmundicia sobre sí, de delante de mí será cortada su alma: Yo Jehová.
Para que sepan vuestros descendientes que en cabañas hice yo habitar á los hijos de Israel, cuando los saqué de la tierra de Egipto: Yo Jehová vuestro Dios.
Cada día de sábado lo pondrá de continuo en orden delante de Jehová, de los hijos de Israel por pacto sempiterno.
Así tu siervo como tu sierva que tuvieres, serán de las gentes que están en vuestro alrededor: de ellos compraréis siervos y siervas.
No será mudado ni trocado, bueno por malo, ni malo por bueno: y si se permutare un animal por otro, él y el dado por él en cambio serán sagrados.
Y su hueste, con sus contados, cincuenta y siete mil y cuatrocientos.
Mas los Levitas no fueron contados entre los hijos de Israel; como Jehová lo mandó á Moisés.
Los contados de ellos conforme á la cuenta de todos los varones de un mes arriba, los contados de ellos, siete mil y quinientos.
Desde el de edad de treinta años arriba hasta el de edad de cincuenta años, todos los que entran en compañía, para ministrar en el tabernáculo del testimonio:
Y Moisés les respondió: Esperad, y oiré qué mandará Jehová acerca de vosotros.
En este desierto caerán vuestros cuerpos; todos vuestros contados según toda vuestra cuenta, de veinte años arriba, los cuales habéis murmurado contra mí;
Conforme al número de los días, de los cuarenta días en que reconocisteis la tierra, llevaréis vuestras iniquidades cuarenta años, un año por cada día; y conoceréis mi castigo.
Y ellos se echaron sobre sus rostros, y dijeron: Dios, Dios de los espíritus de toda carne, ¿no es un hombre el que pecó? ¿y airarte has tú contra toda la congregación?
Que fuego salió de Hesbón, y llama de la ciudad de Sehón, y consumió á Ar de Moab, á los señores de los altos de Arnón.
Entonces Moisés habló al pueblo, diciendo: Armaos algunos de vosotros para la guerra, é irán contra Madián, y harán la venganza de Jehová en Madián.
Y apartarás para Jehová el tributo de los hombres de guerra, que salieron á la guerra: de quinientos uno, así de las personas como de los bueyes, de los asnos, y de las ovejas:
Y todo el oro de la ofrenda que ofrecieron á Jehová de los tribunos y centuriones, fué diez y seis mil setecientos y cincuenta siclos.
Y bajará este término desde Sepham á Ribla, al oriente de Ain: y descenderá el término, y llegará á la costa de la mar de Cinnereth al oriente;
Y se encaminaron, y subieron al monte, y llegaron hasta la arroyada de Escol, y reconocieron la tierra.
Guardarás, pues, los mandamientos de Jehová tu Dios, andando en sus caminos, y temiéndolo.
Como las gentes que Jehová destruirá delante de vosotros, así pereceréis; por cuanto no habréis atendido á la voz de Jehová vuestro Dios.
Hombres, hijos de impiedad, han salido de en medio de ti, que han instigado á los moradores de su ciudad, diciendo: Vamos y sirvamos á dioses ajenos, que vosotros no conocisteis;
Y los oficiales hablarán al pueblo, diciendo: ¿Quién ha edificado casa nueva, y no la ha estrenado? Vaya, y vuélvase á su casa, porque quizá no muera en la batalla, y otro alguno la estrene.
Y Jehová te ha ensalzado hoy para que le seas su peculiar pueblo, como él te lo ha dicho, y para que guardes todos sus mandamientos;
Y tú volverás, y oirás la voz de Jehová, y pondrás por obra todos sus mandamientos, que yo te intimo hoy.
ESCUCHAD, cielos, y hablaré; y oiga la tierra los dichos de mi boca.
Y Josué mandó á los oficiales del pueblo, diciendo:
Y todo el pueblo se volvió salvo al campo á Josué en Maceda; que no hubo quien moviese su lengua contra los hijos de Israel.
Porque la otra media recibió su heredad con los Rubenitas y Gaditas, la cual les dió Moisés de la otra parte del Jordán al oriente, según que se la dió Moisés siervo de Jehová:
Y fueron las ciudades del término de la tribu de los hijos de Judá hacia el término de Edom al mediodía: Cabseel, y Eder, y Jagur,
Y Mizpa, Chephira, y Moza,
Y dieron Hebrón á Caleb, como Moisés había dicho: y él echó de allí tres hijos de Anac.
Porque ha vengado las injurias de Israel, porque el pueblo se ha ofrecido de su voluntad, load á Jehová.
Así perezcan todos tus enemigos, oh Jehová: mas los que le aman, sean como el sol cuando nace en su fuerza. Y la tierra reposó cuarenta años.
Y dijo el padre de ella: Persuadíme que la aborrecías, y díla á tu compañero. Mas su hermana menor, ¿no es más hermosa que ella? tómala, pues, en su lugar.
Y su competidora la irritaba, enojándola y entristeciéndola, porque Jehová había cerrado su matriz.
Y el joven Samuel ministraba delante de Jehová, vestido de un ephod de lino.
Y tomaron los Filisteos el arca de Dios, y metiéronla en la casa de Dagón, y pusiéronla junto á Dagón.
Enviaron pues á juntar á sí todos los príncipes de los Filisteos, y dijeron: ¿Qué haremos del arca del Dios de Israel? Y ellos respondieron: Pásese el arca del Dios de Israel á Gath. Y pasaron allá el arca del Dios de Israel.
Y aconteció que, cuando todos los que le conocían de ayer y de antes, vieron como profetizaba con los profetas, el pueblo decía el uno al otro: ¿Qué ha sucedido al hijo de Cis? ¿Saúl también entre los profetas?
Mas ahora tu reino no será durable: Jehová se ha buscado varón según su corazón, al cual Jehová ha mandado que sea capitán sobre su pueblo, por cuanto tú no has guardado lo que Jehová te mandó.
Así ha dicho Jehová de los ejércitos: Acuérdome de lo que hizo Amalec á Israel; que se le opuso en el camino, cuando subía de Egipto.
Y David dejó de sobre sí la carga en mano del que guardaba el bagaje, y corrió al escuadrón; y llegado que hubo, preguntaba por sus hermanos, si estaban buenos.
Otro día aconteció que el espíritu malo de parte de Dios tomó á Saúl, y mostrábase en su casa con trasportes de profeta: y David tañía con su mano como los otros días; y estaba una lanza á mano de Saúl.
Y él lo rehusó, diciendo: No comeré. Mas sus criados juntamente con la mujer le constriñeron, y él los obedeció. Levantóse pues del suelo, y sentóse sobre una cama.
Y él me dijo: ¿Quién eres tú? Y yo le respondí: Soy Amalecita.
Y vinieron los Siros de Damasco á dar ayuda á Hadad-ezer rey de Soba; y David hirió de los Siros veinte y dos mil hombres.
Los cuales el rey David dedicó á Jehová, con la plata y el oro que tenía dedicado de todas las naciones que había sometido:
Y reinó David sobre todo Israel; y hacía David derecho y justicia á todo su pueblo.
Y dijo David: Yo haré misericordia con Hanún hijo de Naas, como su padre la hizo conmigo. Y envió David sus siervos á consolarlo por su padre. Mas llegados los siervos de David á la tierra de los hijos de Ammón,
Y dijo: Jehová es mi roca, y mi fortaleza, y mi libertador;
Porque yo guardé los caminos de Jehová, y no me aparté impíamente de mi Dios.
Dió pues Hiram á Salomón madera de cedro y madera de haya todo lo que quiso.
Entonces huyó Adad, y con él algunos varones Idumeos de los siervos de su padre, y fuése á Egipto; era entonces Adad muchacho pequeño.
Entonces el rey Roboam tomó consejo con los ancianos que habían estado delante de Salomón su padre cuando vivía, y dijo: ¿Cómo aconsejáis vosotros que responda á este pueblo?
Y todo Israel lo endechará, y le enterrarán; porque sólo él de los de Jeroboam entrará en sepultura; por cuanto se ha hallado en él alguna cosa buena de Jehová Dios de Israel, en la casa de Jeroboam.
Entonces llamó él á Giezi, y díjole: Llama á esta Sunamita. Y él la llamó. Y entrando ella, él le dijo: Toma tu hijo.
Después de esto aconteció, que Ben-adad rey de Siria juntó todo su ejército, y subió, y puso cerco á Samaria.
Y viendo esto Ochôzías rey de Judá, huyó por el camino de la casa del huerto. Y siguiólo Jehú, diciendo: Herid también á éste en el carro. Y le hirieron á la subida de Gur, junto á Ibleam. Y él huyó á Megiddo, y murió allí.
Fuera de esto, derramó Manasés mucha sangre inocente en gran manera, hasta henchir á Jerusalem de cabo á cabo: además de su pecado con que hizo pecar á Judá, para que hiciese lo malo en ojos de Jehová.
Caleb hijo de Hesrón engendró á Jerioth de su mujer Azuba. Y los hijos de ella fueron Jeser, Sobad, y Ardón.
Hijo de Athanai, hijo de Zera, hijo de Adaia;
Y sus hermanos que estaban en sus aldeas, venían cada siete días por sus tiempos con ellos.
E hijo de Jonathán fué Merib-baal, y Merib-baal engendró á Michâ.
De los hijos de Gersón, Joel el principal, y sus hermanos, ciento y treinta;
Con ellos á Hemán y á Jeduthún con trompetas y címbalos para tañer, y con otros instrumentos de música de Dios; y á los hijos de Jeduthún, por porteros.
La vigésimasegunda á Giddalthi, con sus hijos y sus hermanos, doce;
Y no tomó David el número de los que eran de veinte años abajo, por cuanto Jehová había dicho que él había de multiplicar á Israel como las estrellas del cielo.
Y juntó Salomón carros y gente de á caballo; y tuvo mil y cuatrocientos carros, y doce mil jinetes, los cuales puso en las ciudades de los carros, y con el rey en Jerusalem.
Al octavo día hicieron convocación, porque habían hecho la dedicación del altar en siete días, y habían celebrado la solemnidad por siete días.
Regresando luego Amasías de la matanza de los Idumeos, trajo también consigo los dioses de los hijos de Seir, y púsoselos para sí por dioses, y encorvóse delante de ellos, y quemóles perfumes.
Lo demás de los hechos de Amasías, primeros y postreros, ¿no está escrito en el libro de los reyes de Judá y de Israel?
Desde aquel tiempo que Amasías se apartó de Jehová, maquinaron contra él conjuración en Jerusalem; y habiendo él huído á Lachîs, enviaron tras él á Lachîs, y allá lo mataron;
Lo demás de los hechos de Joatham, y todas sus guerras, y sus caminos, he aquí está escrito en el libro de los reyes de Israel y de Judá.
Después de esto Sennachêrib rey de los Asirios, estando él sobre Lachîs y con él toda su potencia, envió sus siervos á Jerusalem, para decir á Ezechîas rey de Judá, y á todos los de Judá que estaban en Jerusalem:
Y asaron la pascua al fuego según la costumbre: mas lo que había sido santificado lo cocieron en ollas, en calderos, y calderas, y repartiéronlo prestamente á todo el pueblo.
Los hijos de Jora, ciento y doce;
Y de los Nethineos, á quienes David con los príncipes puso para el ministerio de los Levitas, doscientos y veinte Nethineos: todos los cuales fueron declarados por sus nombres.
Benaías, Bedías, Chêluhi,
La puerta del Valle la restauró Hanún con los moradores de Zanoa: ellos la reedificaron, y levantaron sus puertas, con sus cerraduras y sus cerrojos, y mil codos en el muro hasta la puerta del Muladar.
(Y los Nethineos estuvieron en Ophel hasta enfrente de la puerta de las Aguas al oriente, y la torre que sobresalía.)
Meditélo entonces para conmigo, y reprendí á los principales y á los magistrados, y díjeles: ¿Tomáis cada uno usura de vuestros hermanos? Y convoqué contra ellos una grande junta.
Los varones de Anathoth, ciento veintiocho;
Adhiriéronse á sus hermanos, sus principales, y vinieron en la protestación y en el juramento de que andarían en la ley de Dios, que fué dada por mano de Moisés siervo de Dios, y que guardarían y cumplirían todos los mandamientos de Jehová nuestro Señor, y sus juicios y sus estatutos;
Y ponga el rey personas en todas las provincias de su reino, que junten todas las mozas vírgenes de buen parecer en Susán residencia regia, en la casa de las mujeres, al cuidado de Hegai, eunuco del rey, guarda de las mujeres, dándoles sus atavíos;
Levantóse luego el rey del banquete del vino en su furor, y se fué al huerto del palacio: y quedóse Amán para procurar de la reina Esther por su vida; porque vió que estaba resuelto para él el mal de parte del rey.
¿Su hermosura, no se pierde con ellos mismos? Mueren, y sin sabiduría.
A la huesa tengo dicho: Mi padre eres tú; á los gusanos: Mi madre y mi hermana.
¿Cuándo pondréis fin á las palabras? Entended, y después hablemos.
Sobre su día se espantarán los por venir, como ocupó el pavor á los que fueron antes.
Sus colodras están llenas de leche, y sus huesos serán regados de tuétano.
Mis pies tomaron su rastro; guardé su camino, y no me aparté.
No carga pues él al hombre más de lo justo, para que vaya con Dios á juicio.
Dios es el que juzga al justo: y Dios está airado todos los días contra el impío.
Cerrados están con su grosura; con su boca hablan soberbiamente.
Y aparecieron las honduras de las aguas, y descubriéronse los cimientos del mundo, á tu reprensión, oh Jehová, por el soplo del viento de tu nariz.
Has tornado mi endecha en baile; desataste mi saco, y ceñísteme de alegría.
Muchos son los males del justo; mas de todos ellos lo librará Jehová.
Pon asimismo tu delicia en Jehová, y él te dará las peticiones de tu corazón.
Mi corazón está acongojado, hame dejado mi vigor; y aun la misma luz de mis ojos no está conmigo.
Jehová de los ejércitos es con nosotros; nuestro refugio es el Dios de Jacob. (Selah.)
Bien que fuisteis echados entre los tiestos, seréis como las alas de la paloma cubierta de plata, y sus plumas con amarillez de oro.
Tu Dios ha ordenado tu fuerza; confirma, oh Dios, lo que has obrado en nosotros.
Escucharé lo que hablará el Dios Jehová: porque hablará paz á su pueblo y á sus santos, para que no se conviertan á la locura.
Mis ojos enfermaron á causa de mi aflicción: hete llamado, oh Jehová, cada día; he extendido á ti mis manos.
Vuelves al hombre hasta ser quebrantado, y dices: Convertíos, hijos de los hombres.
Porque todos los dioses de los pueblos son ídolos: mas Jehová hizo los cielos.
El que hace á sus ángeles espíritus, sus ministros al fuego flameante.
Apresuráronse, olvidáronse de sus obras; no esperaron en su consejo.
Moab, la vasija de mi lavatorio: sobre Edom echaré mi calzado; regocijaréme sobre Palestina.
Casa de Aarón, confiad en Jehová: él es su ayuda y su escudo.
Todas las gentes me cercaron: en nombre de Jehová, que yo los romperé.
Heme gozado en el camino de tus testimonios, como sobre toda riqueza.
Mi corazón incliné á poner por obra tus estatutos de continuo, hasta el fin.
Tienen boca, y no hablan; tienen ojos, y no ven;
Al que hizo las grandes luminarias, porque para siempre es su misericordia;
El consejo te guardará, te preservará la inteligencia:
Fíate de Jehová de todo tu corazón, y no estribes en tu prudencia.
La mujer virtuosa corona es de su marido: mas la mala, como carcoma en sus huesos.
La mano de los diligentes se enseñoreará: mas la negligencia será tributaria.
La cordura del hombre detiene su furor; y su honra es disimular la ofensa.
Abominación son á Jehová las pesas dobles; y el peso falso no es bueno.
Mejor es vivir en un rincón de zaquizamí, que con la mujer rencillosa en espaciosa casa.
¿Para quién será el ay? ¿para quién el ay? ¿para quién las rencillas? ¿para quién las quejas? ¿para quién las heridas en balde? ¿para quién lo amoratado de los ojos?
Toda palabra de Dios es limpia; es escudo á los que en él esperan.
Yo he visto el trabajo que Dios ha dado á los hijos de los hombres para que en él se ocupasen.
Yo te llevaría, te metiera en casa de mi madre: tú me enseñarías, y yo te hiciera beber vino adobado del mosto de mis granadas.
Ahora pues, vecinos de Jerusalem y varones de Judá, juzgad ahora entre mí y mi viña.
CARGA de Babilonia, que vió Isaías, hijo de Amoz.
Porque asentaré campo contra ti en derredor, y te combatiré con ingenios, y levantaré contra ti baluartes.
Porque Jehová extendió sobre vosotros espíritu de sueño, y cerró vuestros ojos: cubrió vuestros profetas, y vuestros principales videntes.
Entonces Isaías hijo de Amoz, envió á decir á Ezechîas: Jehová Dios de Israel dice así: Acerca de lo que me rogaste sobre Sennachêrib rey de Asiria,
Como pastor apacentará su rebaño; en su brazo cogerá los corderos, y en su seno los llevará; pastoreará suavemente las paridas.
Como nada son todas las gentes delante de él; y en su comparación serán estimadas en menos que nada, y que lo que no es.
El torna en nada los poderosos, y á los que gobiernan la tierra hace como cosa vana.
Que me buscan cada día, y quieren saber mis caminos, como gente que hubiese obrado justicia, y que no hubiese dejado el derecho de su Dios: pregúntanme derechos de justicia, y quieren acercarse á Dios.
El león sube de su guarida, y el destruidor de gentes ha partido; salido ha de su asiento para poner tu tierra en soledad; tus ciudades serán asoladas, y sin morador.
Porque así dijo Jehová: Toda la tierra será asolada; mas no haré consumación.
¿Quién es varón sabio que entienda esto? ¿y á quién habló la boca de Jehová, para que pueda declararlo? ¿Por qué causa la tierra ha perecido, ha sido asolada como desierto, que no hay quien pase?
Por tanto, he aquí, les enseñaré de esta vez, enseñarles he mi mano y mi fortaleza, y sabrán que mi nombre es Jehová.
Y pondré á esta ciudad por espanto y silbo: todo aquel que pasare por ella se maravillará, y silbará sobre todas sus plagas.
Jehová te ha puesto por sacerdote en lugar de Joiada sacerdote, para que presidáis en la casa de Jehová sobre todo hombre furioso y profetizante, poniéndolo en el calabozo y en el cepo.
Así ha dicho Jehová: He aquí yo hago tornar la cautividad de las tiendas de Jacob, y de sus tiendas tendré misericordia; y la ciudad será edificada sobre su collado, y el templo será asentado según su forma.
Y morarán allí Judá, y también en todas sus ciudades labradores, y los que van con rebaño.
Mas después se arrepintieron, é hicieron tornar los siervos y las siervas que habían dejado libres, y sujetáronlos por siervos y por siervas.
Y OYÓ Sephatías hijo de Mathán, y Gedalías hijo de Pashur, y Jucal hijo de Selemías, y Pashur hijo de Melchîas, las palabras que Jeremías hablaba á todo el pueblo, diciendo:
Y dijo Sedechîas á Jeremías: Nadie sepa estas palabras, y no morirás.
Y he aquí que yo habito en Mizpa, para estar delante de los Caldeos que vendrán á nosotros; mas vosotros, coged el vino, y el pan, y el aceite, y ponedlo en vuestros almacenes, y quedaos en vuestras ciudades que habéis tomado.
Asimismo todos los Judíos que estaban en Moab, y entre los hijos de Ammón, y en Edom, y los que estaban en todas las tierras, cuando oyeron decir como el rey de Babilonia había dejado algunos en la Judea, y que había puesto sobre ellos á Gedalías hijo de Ahicam, hijo de Saphán,
Y fué palabra de Jehová á Jeremías en Taphnes, diciendo:
PALABRA que fué á Jeremías acerca de todos los Judíos que moraban en la tierra de Egipto, que moraban en Migdol, y en Taphnes, y en Noph, y en tierra de Pathros, diciendo:
Así ha dicho Jehová: He aquí que yo entrego á Faraón Hophra rey de Egipto en mano de sus enemigos, y en mano de los que buscan su alma, como entregué á Sedechîas rey de Judá en mano de Nabucodonosor rey de Babilonia, su enemigo, y que buscaba su alma.
Denunciad en las gentes, y haced saber; levantad también bandera: publicad, y no encubráis: decid: Tomada es Babilonia, Bel es confundido, deshecho es Merodach; confundidas son sus esculturas, quebrados son sus ídolos.
Jehová sacó á luz nuestras justicias: venid, y contemos en Sión la obra de Jehová nuestro Dios.
Todos nuestros enemigos abrieron sobre nosotros su boca.
Tú has oído el oprobio de ellos, oh Jehová, todas sus maquinaciones contra mí;
Persecución padecemos sobre nuestra cerviz: nos cansamos, y no hay para nosotros reposo.
Porque repeliendo nos has desechado; te has airado contra nosotros en gran manera.
Y ACONTECIÓ en el sexto año, en el messexto, á los cinco del mes, que estaba yo sentado en mi casa, y los ancianos de Judá estaban sentados delante de mí, y allí cayó sobre mí la mano del Señor Jehová.
Y díjome: Hijo del hombre, cava ahora en la pared. Y cavé en la pared, y he aquí una puerta.
Y estos tres varones estuvieren en medio de ella, vivo yo, dice el Señor Jehová, no librarán sus hijos ni sus hijas; ellos solos serán libres.
Y te atavíe con ornamentos, y puse ajorcas en tus brazos, y collar á tu cuello;
Multiplicaste asimismo tu fornicación en la tierra de Canaán y de los Caldeos: ni tampoco con esto te hartaste.
Y ha sido en ti al contrario de las mujeres en tus fornicaciones, ni nunca después de ti será así fornicado; porque en dar tú dones, y no ser dados dones á ti, ha sido al contrario.
Los mercaderes de Seba y de Raama fueron tus mercaderes: con lo principal de toda especiería, y toda piedra preciosa, y oro, dieron en tus ferias.
A la huesa te harán descender, y morirás de las muertes de los que mueren en medio de los mares.
Y aconteció en el año duodécimo de nuestro cautiverio, en el mes décimo, á los cinco del mes, que vino á mí un escapado de Jerusalem, diciendo: La ciudad ha sido herida.
Y díjome: Esta cámara que mira hacia el mediodía es de los sacerdotes que tienen la guarda del templo.
Y al segundo día ofrecerás un macho de cabrío sin defecto, para expiación; y purificarán el altar como lo purificaron con el becerro.
Respondió el rey y dijo á los Caldeos: El negocio se me fué: si no me mostráis el sueño y su declaración, seréis hechos cuartos, y vuestras casas serán puestas por muladares.
Empero yo te declararé lo que está escrito en la escritura de verdad: y ninguno hay que se esfuerce conmigo en estas cosas, sino Miguel vuestro príncipe.
Asoló mi vid, y descortezó mi higuera: del todo la desnudó y derribó: sus ramas quedaron blancas.
PORQUE he aquí que en aquellos días, y en aquel tiempo en que haré tornar la cautividad de Judá y de Jerusalem,
Y si se escondieren en la cumbre del Carmelo, allí los buscaré y los tomaré; y aunque se escondieren de delante de mis ojos en el profundo de la mar, allí mandaré á la culebra, y morderálos.
Pásate desnuda con vergüenza, oh moradora de Saphir: la moradora de Saanán no salió al llanto de Beth-esel: tomará de vosotros su tardanza.
Porque tú has despojado muchas gentes, todos los otros pueblos te despojarán; á causa de las sangres humanas, y robos de la tierra, de las ciudades y de todos los que moraban en ellas.
Y díjome: ¿Qué ves? Y respondí: He mirado, y he aquí un candelero todo de oro, con su vaso sobre su cabeza, y sus siete lámparas encima del candelero; y siete canales para las lámparas que están encima de él;
Y tenía Juan su vestido de pelos de camellos, y una cinta de cuero alrededor de sus lomos; y su comida era langostas y miel silvestre.
Sed, pues, vosotros perfectos, como vuestro Padre que está en los cielos es perfecto.
Y guardaos de los falsos profetas, que vienen á vosotros con vestidos de ovejas, mas de dentro son lobos rapaces.
Y salió esta fama por toda aquella tierra.
Porque todos los profetas y la ley hasta Juan profetizaron.
Y dijo: De cierto os digo, que si no os volviereis, y fuereis como niños, no entraréis en el reino de los cielos.
Dícenle sus discípulos: Si así es la condición del hombre con su mujer, no conviene casarse.
Dícele Jesús: Si quieres ser perfecto, anda, vende lo que tienes, y dalo á los pobres, y tendrás tesoro en el cielo; y ven, sígueme.
Y si esto fuere oído del presidente, nosotros le persuadiremos, y os haremos seguros.
Y luego la fuente de su sangre se secó; y sintió en el cuerpo que estaba sana de aquel azote.
Y luego Jesús, conociendo en sí mismo la virtud que había salido de él, volviéndose á la compañía, dijo: ¿Quién ha tocado mis vestidos?
¿No es éste el carpintero, hijo de María, hermano de Jacobo, y de José, y de Judas, y de Simón? ¿No están también aquí con nosotros, sus hermanas? Y se escandalizaban en él.
Porque todos le veían, y se turbaron. Mas luego habló con ellos, y les dijo: Alentaos; yo soy, no temáis.
Y gimiendo en su espíritu, dice: ¿Por qué pide señal esta generación? De cierto os digo que no se dará señal á esta generación.
Y volvieron á Jerusalem; y andando él por el templo, vienen á él los príncipes de los sacerdotes, y los escribas, y los ancianos;
Entonces María dijo: He aquí la sierva del Señor; hágase á mí conforme á tu palabra. Y el ángel partió de ella.
Y todos los que las oían, las conservaban en su corazón, diciendo: ¿Quién será este niño? Y la mano del Señor estaba con él.
Y les dijo: Sin duda me diréis este refrán: Médico, cúrate á ti mismo: de tantas cosas que hemos oído haber sido hechas en Capernaum, haz también aquí en tu tierra.
Mas los Fariseos y los sabios de la ley, desecharon el consejo de Dios contra sí mismos, no siendo bautizados de él.
¿No se venden cinco pajarillos por dos blancas? pues ni uno de ellos está olvidado delante de Dios.
Y vosotros semejantes á hombres que esperan cuando su señor ha de volver de las bodas; para que cuando viniere y llamare, luego le abran.
Os digo que en aquella noche estarán dos en una cama; el uno será tomado, y el otro será dejado.
Y dijo el Señor: Oid lo que dice el juez injusto.
Cualquiera que cayere sobre aquella piedra, será quebrantado; mas sobre el que la piedra cayere, le desmenuzará.
Y á la verdad el Hijo del hombre va, según lo que está determinado; empero ¡ay de aquel hombre por el cual es entregado!
Entonces ellas se acordaron de sus palabras,
Y le preguntaron: ¿Qué pues? ¿Eres tú Elías? Dijo: No soy. ¿Eres tú el profeta? Y respondió: No.
(Aunque Jesús no bautizaba, sino sus discípulos),
Vosotros hacéis las obras de vuestro padre. Dijéronle entonces: Nosotros no somos nacidos de fornicación; un padre tenemos, que es Dios.
Enviaron, pues, sus hermanas á él, diciendo: Señor, he aquí, el que amas está enfermo.
Si le dejamos así, todos creerán en él: y vendrán los Romanos, y quitarán nuestro lugar y la nación.
La paz os dejo, mi paz os doy: no como el mundo la da, yo os la doy. No se turbe vuestro corazón, ni tenga miedo.
Esta era ya la tercera vez que Jesús se manifestó á sus discípulos, habiendo resucitado de los muertos.
Los cuales también les dijeron: Varones Galileos, ¿qué estáis mirando al cielo? este mismo Jesús que ha sido tomado desde vosotros arriba en el cielo, así vendrá como le habéis visto ir al cielo.
Y Pedro les dice: Arrepentíos, y bautícese cada uno de vosotros en el nombre de Jesucristo para perdón de los pecados; y recibiréis el don del Espíritu Santo.
Y en la fe de su nombre, á éste que vosotros veis y conocéis, ha confirmado su nombre: y la fe que por él es, ha dado á éste esta completa sanidad en presencia de todos vosotros.
Mas les mandaron que se saliesen fuera del concilio; y conferían entre sí,
Y le libró de todas sus tribulaciones, y le dió gracia y sabiduría en la presencia de Faraón, rey de Egipto, el cual le puso por gobernador sobre Egipto, y sobre toda su casa.
Entonces Ananías respondió: Señor, he oído á muchos acerca de este hombre, cuántos males ha hecho á tus santos en Jerusalem:
Y aconteció en aquellos días que enfermando, murió; á la cual, después de lavada, pusieron en una sala.
Así que, Pedro era guardado en la cárcel; y la iglesia hacía sin cesar oración á Dios por él.
Por eso dice también en otro lugar: No permitirás que tu Santo vea corrupción.
Y los Gentiles oyendo esto, fueron gozosos, y glorificaban la palabra del Señor: y creyeron todos los que estaban ordenados para vida eterna.
Mas á Silas pareció bien el quedarse allí.
Y cuando fué bautizada, y su familia, nos rogó, diciendo: Si habéis juzgado que yo sea fiel al Señor, entrad en mi casa, y posad: y constriñónos.
Los cuales se fueron á los príncipes de los sacerdotes y á los ancianos, y dijeron: Nosotros hemos hecho voto debajo de maldición, que no hemos de gustar nada hasta que hayamos muerto á Pablo.
Y contendían también los Judíos, diciendo ser así estas cosas.
Entonces Pablo, haciéndole el gobernador señal que hablase, respondió: Porque sé que muchos años ha eres gobernador de esta nación, con buen ánimo satisfaré por mí.
Y deteniéndose entre ellos no más de ocho ó diez días, venido á Cesarea, el siguiente día se sentó en el tribunal, y mandó que Pablo fuese traído.
Y la paciencia, prueba; y la prueba, esperanza;
De manera que la ley á la verdad es santa, y el mandamiento santo, y justo, y bueno.
Mas vosotros no estáis en la carne, sino en el espíritu, si es que el Espíritu de Dios mora en vosotros. Y si alguno no tiene el Espíritu de Cristo, el tal no es de él.
Empero si lo que no vemos esperamos, por paciencia esperamos.
También Isaías clama tocante á Israel: Si fuere el número de los hijos de Israel como la arena de la mar, las reliquias serán salvas:
Porque Moisés describe la justicia que es por la ley: Que el hombre que hiciere estas cosas, vivirá por ellas.
Sino, como está escrito: A los que no fué anunciado de él, verán: y los que no oyeron, entenderán.
Así que, cuando hubiere concluído esto, y les hubiere consignado este fruto, pasaré por vosotros á España.
Saludad á Rufo, escogido en el Señor, y á su madre y mía.
Si nosotros os sembramos lo espiritual, ¿es gran cosa si segáremos lo vuestro carnal?
A los que son sin ley, como si yo fuera sin ley, (no estando yo sin ley de Dios, mas en la ley de Cristo) por ganar á los que estaban sin ley.
Y esto hago por causa del evangelio, por hacerme juntamente participante de él.
Porque todas las veces que comiereis este pan, y bebiereis esta copa, la muerte del Señor anunciáis hasta que venga.
Y ahora permanecen la fe, la esperanza, y la caridad, estas tres: empero la mayor de ellas es la caridad.
Así que, las lenguas por señal son, no á los fieles, sino á los infieles: mas la profecía, no á los infieles, sino á los fieles.
Que si alguno me contristó, no me contristó á mí, sino en parte, por no cargaros, á todos vosotros.
Antes, en otro tiempo, no conociendo á Dios, servíais á los que por naturaleza no son dioses:
Y otra vez vuelvo á protestar á todo hombre que se circuncidare, que está obligado á hacer toda la ley.
Y todos los que anduvieren conforme á esta regla, paz sobre ellos, y misericordia, y sobre el Israel de Dios.
A causa de la esperanza que os está guardada en los cielos, de la cual habéis oído ya por la palabra verdadera del evangelio:
Como habéis aprendido de Epafras, nuestro consiervo amado, el cual es un fiel ministro de Cristo á favor vuestro;
Porque vosotros sabéis bien, que el día del Señor vendrá así como ladrón de noche,
Mas vosotros, hermanos, no estáis en tinieblas, para que aquel día os sobrecoja como ladrón;
Orad sin cesar.
Y doy gracias al que me fortificó, á Cristo Jesús nuestro Señor, de que me tuvo por fiel, poniéndome en el ministerio:
A los ricos de este siglo manda que no sean altivos, ni pongan la esperanza en la incertidumbre de las riquezas, sino en el Dios vivo, que nos da todas las cosas en abundancia de que gocemos:
Toda Escritura es inspirada divinamente y útil para enseñar, para redargüir, para corregir, para instituir en justicia,
Mas cuando se manifestó la bondad de Dios nuestro Salvador, y su amor para con los hombres,
No por obras de justicia que nosotros habíamos hecho, mas por su misericordia nos salvó, por el lavacro de la regeneración, y de la renovación del Espíritu Santo;
Mas Cristo como hijo, sobre su casa; la cual casa somos nosotros, si hasta el cabo retuviéremos firme la confianza y la gloria de la esperanza.
Porque todo pontífice es puesto para ofrecer presentes y sacrificios; por lo cual es necesario que también éste tuviese algo que ofrecer.
Tenemos un altar, del cual no tienen facultad de comer los que sirven al tabernáculo.
Carísimos, amémonos unos á otros; porque el amor es de Dios. Cualquiera que ama, es nacido de Dios, y conoce á Dios.
EL anciano al muy amado Gaio, al cual yo amo en verdad.
Nosotros, pues, debemos recibir á los tales, para que seamos cooperadores á la verdad.
Yo fuí en el Espíritu en el día del Señor, y oí detrás de mí una gran voz como de trompeta,
Pero tengo contra ti que has dejado tu primer amor.
Y yo lloraba mucho, porque no había sido hallado ninguno digno de abrir el libro, ni de leerlo, ni de mirarlo.
Y CUANDO él abrió el séptimo sello, fué hecho silencio en el cielo casi por media hora.
Y tomé el librito de la mano del ángel, y lo devoré; y era dulce en mi boca como la miel; y cuando lo hube devorado, fué amargo mi vientre.
Y daré á mis dos testigos, y ellos profetizarán por mil doscientos y sesenta días, vestidos de sacos.
Este también beberá del vino de la ira de Dios, el cual está echado puro en el cáliz de su ira; y será atormentado con fuego y azufre delante de los santos ángeles, y delante del Cordero:
