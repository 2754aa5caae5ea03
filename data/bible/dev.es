Si bien hicieres, ¿no serás ensalzado? y si no hicieres bien, el pecado está á la puerta: con todo esto, á ti será su deseo, y tú te enseñorearás de él.
Y Reu vivió treinta y dos años, y engendró á Serug.
Bendiciendo te bendeciré, y multiplicando multiplicaré tu simiente como las estrellas del cielo, y como la arena que está á la orilla del mar; y tu simiente poseerá las puertas de sus enemigos:
Estos son los hijos de Ismael, y estos sus nombres, por sus villas y por sus campamentos; doce príncipes por sus familias.
Y mora con él algunos días, hasta que el enojo de tu hermano se mitigue;
Y después parió una hija, y llamó su nombre Dina.
¿Por qué te escondiste para huir, y me hurtaste, y no me diste noticia, para que yo te enviara con alegría y con cantares, con tamborín y vihuela?
Y fueron sus hermanos á apacentar las ovejas de su padre en Sichêm.
Mas Jehová fué con José, y extendió á él su misericordia, y dióle gracia en ojos del principal de la casa de la cárcel.
Y el principal de la casa de la cárcel entregó en mano de José todos los presos que había en aquella prisión; todo lo que hacían allí, él lo hacía.
Y aconteció que vaciando ellos sus sacos, he aquí que en el saco de cada uno estaba el atado de su dinero: y viendo ellos y su padre los atados de su dinero, tuvieron temor.
Y él respondió: Nunca yo tal haga: el varón en cuyo poder fué hallada la copa, él será mi siervo; vosotros id en paz á vuestro padre.
Porque ¿cómo iré yo á mi padre sin el mozo? No podré, por no ver el mal que sobrevendrá á mi padre.
E hiciéronlo así los hijos de Israel: y dióles José carros conforme á la orden de Faraón, y suministróles víveres para el camino.
Y estos son los nombres de los hijos de Israel, que entraron en Egipto, Jacob y sus hijos: Rubén, el primogénito de Jacob.
Y en todo Egipto hicieron pozos alrededor del río para beber, porque no podían beber de las aguas del río.
Y si no lo quisieres dejar ir, he aquí yo heriré con ranas todos tus términos:
Entonces Faraón envió á llamar á Moisés y á Aarón, y les dijo: He pecado esta vez: Jehová es justo, y yo y mi pueblo impíos.
Y salió de con Faraón, y oró á Jehová.
Y decíanles los hijos de Israel: Ojalá hubiéramos muerto por mano de Jehová en la tierra de Egipto, cuando nos sentábamos á las ollas de las carnes, cuando comíamos pan en hartura; pues nos habéis sacado á este desierto, para matar de hambre á toda esta multitud.
Mas el séptimo día será reposo para Jehová tu Dios: no hagas en él obra alguna, tú, ni tu hijo, ni tu hija, ni tu siervo, ni tu criada ni tu bestia, ni tu extranjero que está dentro de tus puertas:
Si alguno hubiere dado á su prójimo asno, ó buey, ú oveja, ó cualquier otro animal á guardar, y se muriere, ó se perniquebrare, ó fuere llevado sin verlo nadie;
Y JEHOVÁ dijo á Moisés: Ve, sube de aquí, tú y el pueblo que sacaste de la tierra de Egipto, á la tierra de la cual juré á Abraham, Isaac, y Jacob, diciendo: A tu simiente la daré:
Y Jehová descendió en la nube, y estuvo allí con él, proclamando el nombre de Jehová.
Y Moisés llamó á Bezaleel y á Aholiab, y á todo varón sabio de corazón, en cuyo corazón había dado Jehová sabiduría, y á todo hombre á quien su corazón le movió á llegarse á la obra, para trabajar en ella;
Y la plata de los contados de la congregación fué cien talentos, y mil setecientos setenta y cinco siclos, según el siclo del santuario:
Y pondrás sobre ella aceite, y pondrás sobre ella incienso: es presente.
Todo varón de entre los sacerdotes la comerá: es cosa santísima.
Y al séptimo día el sacerdote la reconocerá: si se hubiere ido extendiendo por la piel, el sacerdote lo dará por inmundo: es llaga de lepra.
Vendrá aquél cuya fuere la casa, y dará aviso al sacerdote, diciendo: Como plaga ha aparecido en mi casa.
Por tanto, he dicho á los hijos de Israel: Ninguna persona de vosotros comerá sangre, ni el extranjero que peregrina entre vosotros comerá sangre.
Ni con ningún animal tendrás ayuntamiento amancillándote con él; ni mujer alguna se pondrá delante de animal para ayuntarse con él: es confusión.
Y no juraréis en mi nombre con mentira, ni profanarás el nombre de tu Dios: Yo Jehová.
Los contados de ellos, de la tribu de Ephraim, cuarenta mil y quinientos.
Y lo pondrán con todos sus vasos en una cubierta de pieles de tejones, y lo colocarán sobre unas parihuelas.
Si viniere sobre él espíritu de celo, y tuviere celos de su mujer, habiéndose ella contaminado; ó viniere sobre él espíritu de celo, y tuviere celos de su mujer, no habiéndose ella contaminado;
Un becerro, un carnero, un cordero de un año para holocausto;
Y Balaam respondió al asna: Porque te has burlado de mí: ¡ojalá tuviera espada en mi mano, que ahora te mataría!
Y Balac hizo como le dijo Balaam: y ofrecieron Balac y Balaam un becerro y un carnero en cada altar.
Aprende pues hoy, y reduce á tu corazón que Jehová él es el Dios arriba en el cielo, y abajo sobre la tierra; no hay otro.
Entonces dirás á tu hijo: Nosotros éramos siervos de Faraón en Egipto, y Jehová nos sacó de Egipto con mano fuerte;
Por lo cual Leví no tuvo parte ni heredad con sus hermanos: Jehová es su heredad, como Jehová tu Dios le dijo.)
Y será, que los ancianos de aquella ciudad, de la ciudad más cercana al muerto, tomarán de la vacada una becerra que no haya servido, que no haya traído yugo;
Moisés pues llamó á todo Israel, y díjoles: Vosotros habéis visto todo lo que Jehová ha hecho delante de vuestros ojos en la tierra de Egipto á Faraón y á todos sus siervos, y á toda su tierra:
Tomad del pueblo doce hombres, de cada tribu uno,
Y él lo hizo así; que los libró de la mano de los hijos de Israel, para que no los matasen.
Y cuando el sol se iba á poner, mandó Josué que los quitasen de los maderos, y los echasen en la cueva donde se habían escondido: y pusieron grandes piedras á la boca de la cueva, hasta hoy.
Mas á los Jebuseos que habitaban en Jerusalem, los hijos de Judá no los pudieron desarraigar; antes quedó el Jebuseo en Jerusalem con los hijos de Judá, hasta hoy.
Y TUVO también suerte la tribu de Manasés, porque fué primogénito de José. Machîr, primogénito de Manasés, ypadre de Galaad, el cual fué hombre de guerra, tuvo á Galaad y á Basán.
Y escribió Josué estas palabras en el libro de la ley de Dios; y tomando una grande piedra, levantóla allí debajo de un alcornoque que estaba junto al santuario de Jehová.
Y el término del Amorrheo fué desde la subida de Acrabim, desde la piedra, y arriba.
ESTAS, pues, son las gentes que dejó Jehová para probar con ellas á Israel, á todos aquellos que no habían conocido todas las guerras de Canaán;
Despalmáronse entonces las uñas de los caballos por las arremetidas, por los brincos de sus valientes.
Y Jehová le dijo: Porque yo seré contigo, y herirás á los Madianitas como á un solo hombre.
Mas una mujer dejó caer un pedazo de una rueda de molino sobre la cabeza de Abimelech, y quebróle los cascos.
Y ahora, aunque es cierto que yo soy pariente cercano, con todo eso hay pariente más cercano que yo.
Y VINIERON los de Chîriath-jearim, y llevaron el arca de Jehová, y metiéronla en casa de Abinadab, situadaen el collado; y santificaron á Eleazar su hijo, para que guardase el arca de Jehová.
Y bajarás delante de mí á Gilgal; y luego descenderé yo á ti para sacrificar holocaustos, é inmolar víctimas pacíficas. Espera siete días, hasta que yo venga á ti, y te enseñe lo que has de hacer.
Y los de Jabes dijeron: Mañana saldremos á vosotros, para que hagáis con nosotros todo lo que bien os pareciere.
Mas Michâl la otra hija de Saúl amaba á David; y fué dicho á Saúl, lo cual plugo en sus ojos.
Harás pues misericordia con tu siervo, ya que has traído tu siervo á alianza de Jehová contigo: y si maldad hay en mí mátame tú, que no hay necesidad de llevarme hasta tu padre.
Hannos sido por muro de día y de noche, todos los días que hemos estado con ellos apacentando las ovejas.
Dijo el rey al profeta Nathán: Mira ahora, yo moro en edificios de cedro, y el arca de Dios está entre cortinas.
Porque, ¿dónde iría yo con mi deshonra? Y aun tú serías estimado como uno de los perversos en Israel. Ruégote pues ahora que hables al rey, que no me negará á ti.
Y de esta manera hacía con todo Israel que venía al rey á juicio: y así robaba Absalom el corazón de los de Israel.
Y dijo el rey á Ittai Getheo: ¿Para qué vienes tú también con nosotros? vuélvete y quédate con el rey; porque tú eres extranjero, y desterrado también de tu lugar.
Y Absalom constituyó á Amasa sobre el ejército en lugar de Joab, el cual Amasa fué hijo de un varón de Israel llamado Itra, el cual había entrado á Abigail hija de Naas, hermana de Sarvia, madre de Joab.
Asimismo diréis á Amasa: ¿No eres tú también hueso mío y carne mía? Así me haga Dios, y así me añada, si no fueres general del ejército delante de mí para siempre, en lugar de Joab.
Y después que hubieron andado toda la tierra, volvieron á Jerusalem al cabo de nueve meses y veinte días.
Y ahora yo te hago una petición: no me hagas volver mi rostro. Y ella le dijo: Habla.
Pero pasados tres años, aconteció que se le huyeron á Semei dos siervos á Achîs, hijo de Maachâ, rey de Gath. Y dieron aviso á Semei, diciendo: He aquí que tus siervos están en Gath.
Entonces el rey mandó á Benaía hijo de Joiada, el cual salió é hirióle; y murió. Y el reino fué confirmado en la mano de Salomón.
Cuando en la tierra hubiere hambre, ó pestilencia, ó tizoncillo, ó niebla, ó langosta, ó pulgón: si sus enemigos los tuvieren cercados en la tierra de su domicilio; cualquiera plaga ó enfermedad que sea;
(Y él tendrá una tribu, por amor de David mi siervo, y por amor de Jerusalem, ciudad que yo he elegido de todas las tribus de Israel:)
Mas él, dejado el consejo de los viejos que ellos le habían dado, tomó consejo con los mancebos que se habían criado con él, y estaban delante de él.
Y Asa hizo lo recto ante los ojos de Jehová, como David su padre.
Después de estas cosas aconteció que cayó enfermo el hijo del ama de la casa, y la enfermedad fué tan grave, que no quedó en él resuello.
Y él respondió: Sentido he un vivo celo por Jehová Dios de los ejércitos; porque los hijos de Israel han dejado tu alianza, han derribado tus altares, y han muerto á cuchillo tus profetas: y yo solo he quedado, y me buscan para quitarme la vida.
Llamando entonces el rey Joas al pontífice Joiada y á los sacerdotes, díjoles: ¿Por qué no reparáis las aberturas del templo? Ahora pues, no toméis más el dinero de vuestros familiares, sino dadlo para reparar las roturas del templo.
Y tomó todo el oro y la plata, y todos los vasos que fueron hallados en la casa de Jehová, y en los tesoros de la casa del rey, y los hijos en rehenes, y volvióse á Samaria.
Mas Jehová hirió al rey con lepra, y fué leproso hasta el día de su muerte, y habitó en casa separada, y Jotham hijo del rey tenía el cargo del palacio, gobernando al pueblo de la tierra.
Y fué el rey Achâz á encontrar á Tiglath-pileser rey de Asiria en Damasco; y visto que hubo el rey Achâz el altar que estaba en Damasco, envió á Urías sacerdote el diseño y la descripción del altar, conforme á toda su hechura.
Y Urías el sacerdote edificó el altar; conforme á todo lo que el rey Achâz había enviado de Damasco, así lo hizo el sacerdote Urías, entre tanto que el rey Achâz venía de Damasco.
De veinte y dos años era Amón cuando comenzó á reinar, y reinó dos años en Jerusalem. El nombre de su madre fué Mesalemeth hija de Harus de Jotba.
Entonces mandó el rey al sumo sacerdote Hilcías, y á los sacerdotes de segundo orden, y á los guardianes de la puerta, que sacasen del templo de Jehová todos los vasos que habían sido hechos para Baal, y para el bosque, y para toda la milicia del cielo; y quemólos fuera de Jerusalem en el campo de Cedrón, é hizo llevar las cenizas de ellos á Beth-el.
Y estuvo la ciudad cercada hasta el undécimo año del rey Sedecías.
Y Esthón engendró á Beth-rapha, á Phasea, y á Tehinna, padre de la ciudad de Naas: estos son los varones de Rechâ.
Y Abisua engendró á Bucci, y Bucci engendró á Uzzi;
Y Maachâ mujer de Machîr le parió un hijo, y llamóle Peres; y el nombre de su hermano fué Seres, cuyos hijos fueron Ulam y Recem.
De los hijos de Benjamín hermanos de Saúl, tres mil; porque aun en aquel tiempo muchos de ellos tenían la parte de la casa de Saúl.
No permitió que nadie los oprimiese: antes por amor de ellos castigó á los reyes.
He aquí, yo en mi estrechez he prevenido para la casa de Jehová cien mil talentos de oro, y un millar de millares de talentos de plata: no tiene peso el metal ni el hierro, porque es mucho. Asimismo he aprestado madera y piedra, á lo cual tú añadirás.
Y de los olivares é higuerales que había en las campiñas, Baal-hanan Gederita; y de los almacenes del aceite, Joas;
Y JUNTÓ David en Jerusalem á todos los principales de Israel, los príncipes de las tribus, y los jefes de las divisiones que servían al rey, los tribunos y centuriones, con los superintendentes de toda la hacienda y posesión del rey, y sus hijos, con los eunucos, los poderosos, y todos sus hombres valientes.
Además, oro puro por peso para el altar del perfume, y para el á manera de carro de los querubines de oro, que con las alas extendidas cubrían el arca del pacto de Jehová.
Sacaban también caballos para Salomón, de Egipto y de todas las provincias.
Y tomóse Roboam por mujer á Mahalath, hija de Jerimoth hijo de David, y á Abihail, hija de Eliab hijo de Esaí.
Ahora pues, he aquí los hijos de Ammón y de Moab, y los del monte de Seir, á la tierra de los cuales no quisiste que pasase Israel cuando venían de la tierra de Egipto, sino que se apartasen de ellos, y no los destruyesen;
Luego pasaron al rey Ezechîas, y dijéronle: Ya hemos limpiado toda la casa de Jehová, el altar del holocausto, y todos sus instrumentos, y la mesa de la proposición con todos sus utensilios.
Los hijos de Azgad, mil doscientos veinte y dos;
Toda la congregación, unida como un solo hombre, era de cuarenta y dos mil trescientos y sesenta,
Levantóse luego Esdras de delante la casa de Dios, y fuése á la cámara de Johanán hijo de Eliasib: é ido allá, no comió pan ni bebió agua, porque se entristeció sobre la prevaricación de los de la transmigración.
Y díjoles el Tirsatha que no comiesen de las cosas más santas, hasta que hubiese sacerdote con Urim y Thummim.
Y Esdras el sacerdote, trajo la ley delante de la congregación, así de hombres como de mujeres, y de todo entendido para escuchar, el primer día del mes séptimo.
Magpías, Mesullam, Hezir,
Ví asimismo en aquellos días Judíos que habían tomado mujeres de Asdod, Ammonitas, y Moabitas:
Esther no declaró su pueblo ni su nacimiento; porque Mardochêo le había mandado que no lo declarase.
Y respondiendo Satán á Jehová, dijo: ¿Teme Job á Dios de balde?
Allí están el chico y el grande; y el siervo libre de su señor.
Perecen por el aliento de Dios, y por el espíritu de su furor son consumidos.
La tierra es entregada en manos de los impíos, y él cubre el rostro de sus jueces. Si no es él, ¿quién es? ¿dónde está?
Pasaron cual navíos veloces: como el águila que se arroja á la comida.
Fué cortada nuestra sustancia, habiendo consumido el fuego el resto de ellos.
PUESTO que no son ocultos los tiempos al Todopoderoso, ¿por qué los que le conocen no ven sus días?
El rompe la mar con su poder, y con su entendimiento hiere la hinchazón suya.
Porque es maldad é iniquidad, que han de castigar los jueces.
En lugar de trigo me nazcan abrojos, y espinas en lugar de cebada. Acábanse las palabras de Job.
No haré ahora acepción de personas, ni usaré con hombre de lisonjeros títulos.
Reprendiste gentes, destruiste al malo, raíste el nombre de ellos para siempre jamás.
Por toda la tierra salió su hilo, y al cabo del mundo sus palabras. En ellos puso tabernáculo para el sol.
El secreto de Jehová es para los que le temen; y á ellos hará conocer su alianza.
Voz de Jehová con potencia; voz de Jehová con gloria.
El consejo de Jehová permanecerá para siempre; los pensamientos de su corazón por todas las generaciones.
Reunidos murmuraban contra mí todos los que me aborrecían: contra mí pensaban mal, diciendo de mí:
Jehová de los ejércitos es con nosotros; nuestro refugio es el Dios de Jacob. (Selah.)
Cantad á Dios, cantad salmos á su nombre: ensalzad al que sube sobre los cielos en JAH su nombre, y alegraos delante de él.
Al que cabalga sobre los cielos de los cielos que son de antiguo: he aquí á su voz dará voz de fortaleza.
Tú sabes mi afrenta, y mi confusión, y mi oprobio: delante de ti están todos mis enemigos.
Y dicen: ¿Cómo sabe Dios? ¿y hay conocimiento en lo alto?
En la mar fué tu camino, y tus sendas en las muchas aguas; y tus pisadas no fueron conocidas.
Sino que escogió la tribu de Judá, el monte de Sión, al cual amó.
Muéstranos, oh Jehová, tu misericordia, y danos tu salud.
Te alabaré, oh Jehová Dios mío, con todo mi corazón; y glorificaré tu nombre para siempre.
¿Será conocida en las tinieblas tu maravilla, ni tu justicia en la tierra del olvido?
¿Hasta cuándo los impíos, hasta cuándo, oh Jehová, se gozarán los impíos?
Porque tus siervos aman sus piedras, y del polvo de ella tienen compasión.
Cuando los pueblos se congregaren en uno, y los reinos, para servir á Jehová.
Oh vosotros, simiente de Abraham su siervo, hijos de Jacob, sus escogidos.
La tierra fructífera en salados, por la maldad de los que la habitan.
No tenga quien le haga misericordia; ni haya quien tenga compasión de sus huérfanos.
Séale como vestido con que se cubra, y en lugar de cinto con que se ciña siempre.
Acrecentará Jehová bendición sobre vosotros; sobre vosotros y sobre vuestros hijos.
Aparta de mí camino de mentira; y hazme la gracia de tu ley.
Y deleitaréme en tus mandamientos, que he amado.
Mucho se detiene mi alma con los que aborrecen la paz.
Porque yo se que Jehová es grande, y el Señor nuestro, mayor que todos los dioses.
Alabad al Dios de los cielos: porque para siempre es su misericordia.
Hanme escondido lazo y cuerdas los soberbios; han tendido red junto á la senda; me han puesto lazos. (Selah.)
Guárdame de los lazos que me han tendido, y de los armadijos de los que obran iniquidad.
Clamé á ti, oh Jehová, dije: Tú eres mi esperanza, y mi porción en la tierra de los vivientes.
El denuncia sus palabras á Jacob, sus estatutos y sus juicios á Israel.
Alabadle con címbalos resonantes: alabadle con címbalos de júbilo.
Porque los rectos habitarán la tierra, y los perfectos permanecerán en ella;
HIJO mío, no te olvides de mi ley; y tu corazón guarde mis mandamientos:
Misericordia y verdad no te desamparen; átalas á tu cuello, escríbelas en la tabla de tu corazón:
Ten el consejo, no lo dejes; guárdalo, porque eso es tu vida.
Mas el que peca contra mí, defrauda su alma: todos los que me aborrecen, aman la muerte.
El deseo de los justos es solamente bien: mas la esperanza de los impíos es enojo.
Al que retiene el grano, el pueblo lo maldecirá: mas bendición será sobre la cabeza del que vende.
Manantial de vida es el entendimiento al que lo posee: mas la erudición de los necios es necedad.
En todo tiempo ama el amigo; y el hermano para la angustia es nacido.
Las riquezas del rico son la ciudad de su fortaleza, y como un muro alto en su imaginación.
¿Quién podrá decir: Yo he limpiado mi corazón, limpio estoy de mi pecado?
No trabajes por ser rico; pon coto á tu prudencia.
Los hombres malos no entienden el juicio: mas los que buscan á Jehová, entienden todas las cosas.
Y TORNÉME yo, y vi todas las violencias que se hacen debajo del sol: y he aquí las lágrimas de los oprimidos, y sin tener quien los consuele; y la fuerza estaba en la mano de sus opresores, y para ellos no había consolador.
Buena es la ciencia con herencia; y más á los que ven el sol.
No te apresures á irte de delante de él, ni en cosa mala persistas; porque él hará todo lo que quisiere:
Mi amado es para mí un manojito de mirra, que reposa entre mis pechos.
Porque he aquí ha pasado el invierno, hase mudado, la lluvia se fué;
Si quisiereis y oyereis, comeréis el bien de la tierra:
Levantad bandera sobre un alto monte; alzad la voz á ellos, alzad la mano, para que entren por puertas de príncipes.
Hesbón y Eleale gritarán, hasta Jahas se oirá su voz: por lo que aullarán los armados de Moab, lamentaráse el alma de cada uno de por sí.
Por esto dije: Dejadme, lloraré amargamente; no os afanéis por consolarme de la destrucción de la hija de mi pueblo.
¡AY de la corona de soberbia, de los ebrios de Ephraim, y de la flor caduca de la hermosura de su gloria, que está sobre la cabeza del valle fértil de los aturdidos del vino!
Porque habéis dicho: Concierto tenemos hecho con la muerte, é hicimos acuerdo con la sepultura; cuando pasare el turbión del azote, no llegará á nosotros, pues que hemos puesto nuestra acogida en la mentira, y en la falsedad nos esconderemos:
Por tanto, Jehová que redimió á Abraham, dice así á la casa de Jacob: No será ahora confundido Jacob, ni su rostro se pondrá pálido;
Será ensalzado Jehová, el cual mora en las alturas: llenó á Sión de juicio y de justicia.
Por tanto derramó sobre él el furor de su ira, y fuerza de guerra; púsole fuego de todas partes, empero no entendió; y encendióle, mas no ha parado mientes.
Así será mi palabra que sale de mi boca: no volverá á mí vacía, antes hará lo que yo quiero, y será prosperada en aquello para que la envié.
No habrá más allí niño de días, ni viejo que sus días no cumpla: porque el niño morirá de cien años, y el pecador de cien años, será maldito.
Y extendió Jehová su mano, y tocó sobre mi boca; y díjome Jehová: He aquí he puesto mis palabras en tu boca.
¿Es Israel siervo? ¿es esclavo? ¿por qué ha sido dado en presa?
Oh Jehová, ¿no miran tus ojos á la verdad? Azotástelos, y no les dolió; consumístelos, y no quisieron recibir corrección; endurecieron sus rostros más que la piedra, no quisieron tornarse.
Su aljaba como sepulcro abierto, todos valientes.
Quemóse el fuelle, del fuego se ha consumido el plomo: por demás fundió el fundidor, pues los malos no son arrancados.
Y serán los cuerpos muertos de este pueblo para comida de las aves del cielo y de las bestias de la tierra; y no habrá quien las espante.
Y díjome Jehová: No ruegues por este pueblo para bien.
¡Oh Jehová, esperanza de Israel! todos los que te dejan, serán avergonzados; y los que de mí se apartan, serán escritos en el polvo; porque dejaron la vena de aguas vivas, á Jehová.
Y á Dedán, y Tema, y Buz, y á todos los que están al cabo del mundo;
Por tanto, así ha dicho Jehová: He aquí que yo te envío de sobre la haz de la tierra: morirás en este año, porque hablaste rebelión contra Jehová.
Entregarélos en mano de sus enemigos y en mano de los que buscan su alma; y sus cuerpos muertos serán para comida de las aves del cielo, y de las bestias de la tierra.
Y fué que, como oyeron todas aquellas palabras, cada uno se volvió espantado á su compañero, y dijeron á Baruch: Sin duda contaremos al rey todas estas palabras.
Porque por mí he jurado, dice Jehová, que en asolamiento, en oprobio, en soledad, y en maldición, será Bosra; y todas sus ciudades serán en asolamientos perpetuos.
Limpiad las saetas, embrazad los escudos: despertado ha Jehová el espíritu de los reyes de Media; porque contra Babilonia es su pensamiento para destruirla; porque venganza es de Jehová, venganza de su templo.
Mas de los pobres del país dejó Nabuzaradán, capitán de la guardia, para viñadores y labradores.
La lengua del niño de teta, de sed se pegó á su paladar: los chiquitos pidieron pan, y no hubo quien se lo partiese.
Y beberás el agua por medida, la sexta parte de un hin: de tiempo á tiempo beberás.
Por tanto di: Así ha dicho el Señor Jehová: Aunque los he echado lejos entre las gentes, y los he esparcido por las tierras, con todo eso les seré por un pequeño santuario en las tierras á donde llegaren.
Y á todos los que estuvieren alrededor de él para su ayuda, y á todas sus compañías esparciré á todo viento, y desenvainaré espada en pos de ellos.
He aquí que cuando estaba entero no era para obra alguna: ¿cuánto menos después que el fuego lo hubiere consumido, y fuere quemado? ¿será más para alguna obra?
Y fué que después de toda tu maldad (¡ay, ay de ti! dice el Señor Jehová,)
Edificando tus altares en cabeza de todo camino, y haciendo tus altares en todas las plazas! Y no fuiste semejante á ramera, menospreciando el salario,
Sino como mujer adúltera, por cuanto que en lugar de su marido recibe á ajenos.
Etiopía, y Libia, y Lidia, y todo el conjunto de pueblo, y Chûb, y los hijos de la tierra de la liga, caerán con ellos á cuchillo.
Tú pues, hijo del hombre, di á la casa de Israel: Vosotros habéis hablado así, diciendo: Nuestras rebeliones y nuestros pecados están sobre nosotros, y á causa de ellos somos consumidos: ¿cómo pues viviremos?
En visiones de Dios me llevó á la tierra de Israel, y púsome sobre un monte muy alto, sobre el cual había como edificio de una ciudad al mediodía.
Darás á los sacerdotes Levitas que son del linaje de Sadoc, que se allegan á mí, dice el Señor Jehová, para ministrarme, un becerro de la vacada para expiación.
Asimismo veinticinco mil de longitud, y diez mil de anchura, lo cual será para los Levitas ministros de la casa, en posesión, con veinte cámaras.
Y la parte del príncipe será junto al apartamiento del santuario, de la una parte y de la otra, y junto á la posesión de la ciudad, delante del apartamiento del santuario, y delante de la posesión de la ciudad, desde el rincón occidental hacia el occidente, hasta el rincón oriental hacia el oriente: y la longitud será de la una parte á la otra, desde el rincón del occidente hasta el rincón del oriente.
Asimismo adorará el pueblo de la tierra delante de Jehová, á la entrada de la puerta, en los sábados y en las nuevas lunas.
Entonces Daniel fué traído delante del rey. Y habló el rey, y dijo á Daniel: ¿Eres tú aquel Daniel de los hijos de la cautividad de Judá, que mi padre trajo de Judea?
El altísimo Dios, oh rey, dió á Nabucodonosor tu padre el reino, y la grandeza, y la gloria, y la honra:
Contra Jehová prevaricaron, porque hijos extraños han engendrado: ahora los devorará un mes con sus heredades.
Y daré prodigios en el cielo y en la tierra, sangre, y fuego, y columnas de humo.
Jehová entonces me dijo: ¿Qué ves, Amós? Y dije: Una plomada de albañil. Y el Señor dijo: He aquí, yo pongo plomada de albañil en medio de mi pueblo Israel: no le pasaré más:
Y salióse Jonás de la ciudad, y asentó hacia el oriente de la ciudad, é hízose allí una choza, y se sentó debajo de ella á la sombra, hasta ver qué sería de la ciudad.
¡AY de mí! que he venido á ser como cuando han cogido los frutos del verano, como cuando han rebuscado después de la vendimia, que no queda racimo para comer; mi alma deseó primeros frutos.
Todas tus fortalezas cual higueras con brevas; que si las sacuden, caen en la boca del que las ha de comer.
Y habrá en aquel día, dice Jehová, voz de clamor desde la puerta del pescado, y aullido desde la segunda, y grande quebrantamiento desde los collados.
Fué pues palabra de Jehová por mano del profeta Haggeo, diciendo:
Sembráis mucho, y encerráis poco; coméis, y no os hartáis; bebéis, y no os saciáis; os vestís, y no os calentáis; y el que anda á jornal recibe su jornal en trapo horadado.
¿Aun no está la simiente en el granero? Ni la vid, ni la higuera, ni el granado, ni el árbol de la oliva ha todavía florecido: mas desde aqueste día daré bendición.
Empero no quisieron escuchar, antes dieron hombro rebelado, y agravaron sus oídos para no oir:
Y estuvo allá hasta la muerte de Herodes: para que se cumpliese lo que fué dicho por el Señor, por el profeta que dijo: De Egipto llamé á mi Hijo.
Mas los hijos del reino serán echados á las tinieblas de afuera: allí será el lloro y el crujir de dientes.
Mas cuando os entregaren, no os apuréis por cómo ó qué hablaréis; porque en aquella hora os será dado qué habéis de hablar.
Así que, no temáis: más valéis vosotros que muchos pajarillos.
Mas sabiéndolo Jesús, se apartó de allí: y le siguieron muchas gentes, y sanaba á todos.
Y el enemigo que la sembró, es el diablo; y la siega es el fin del mundo, y los segadores son los ángeles.
Y él respondiendo, dijo á uno de ellos: Amigo, no te hago agravio; ¿no te concertaste conmigo por un denario?
Y envían á él los discípulos de ellos, con los Herodianos, diciendo: Maestro, sabemos que eres amador de la verdad, y que enseñas con verdad el camino de Dios, y que no te curas de nadie, porque no tienes acepción de persona de hombres.
Porque en la resurrección, ni los hombres tomarán mujeres, ni las mujeres maridos; mas son como los ángeles de Dios en el cielo.
Porque el que se ensalzare, será humillado; y el que se humillare, será ensalzado.
Y hablando aún él, he aquí Judas, uno de los doce, vino, y con él mucha gente con espadas y con palos, de parte de los príncipes de los sacerdotes, y de los ancianos del pueblo.
A otros salvó, á sí mismo no puede salvar: si es el Rey de Israel, descienda ahora de la cruz, y creeremos en él.
Mas vendrán días, cuando el esposo les será quitado, y entonces en aquellos días ayunarán.
Entonces los Fariseos le dijeron: He aquí, ¿por qué hacen en sábado lo que no es lícito?
Porque decían: Tiene espíritu inmundo.
Y que amarle de todo corazón, y de todo entendimiento, y de toda el alma, y de todas las fuerzas, y amar al prójimo como á sí mismo, más es que todos los holocaustos y sacrificios.
Porque se levantarán falsos Cristos y falsos profetas, y darán señales y prodigios, para engañar, si se pudiese hacer, aun á los escogidos.
Y aconteció, que como oyó Elisabet la salutación de María, la criatura saltó en su vientre; y Elisabet fué llena del Espíritu Santo,
Que fué de Mattathías, que fué de Amós, que fué de Nahum, que fué de Esli,
A Simón, al cual también llamó Pedro, y á Andrés su hermano, Jacobo y Juan, Felipe y Bartolomé,
Y aconteció que, como se cumplió el tiempo en que había de ser recibido arriba, él afirmó su rostro para ir á Jerusalem.
Y aconteció que yendo ellos, uno le dijo en el camino: Señor, te seguiré donde quiera que fueres.
Y les decía: La mies á la verdad es mucha, mas los obreros pocos; por tanto, rogad al Señor de la mies que envíe obreros á su mies.
Y todo aquel que dice palabra contra el Hijo del hombre, le será perdonado; mas al que blasfemare contra el Espíritu Santo, no le será perdonado.
Y observando cómo escogían los primeros asientos á la mesa, propuso una parábola á los convidados, diciéndoles:
Y dijo también al que le había convidado: Cuando haces comida ó cena, no llames á tus amigos, ni á tus hermanos, ni á tus parientes, ni á vecinos ricos; porque también ellos no te vuelvan á convidar, y te sea hecha compensación.
El entonces le dijo: Hijo, tú siempre estás conmigo, y todas mis cosas son tuyas.
Y traían á él los niños para que los tocase; lo cual viendo los discípulos les reñían.
Que devoran las casas de las viudas, poniendo por pretexto la larga oración: éstos recibirán mayor condenación.
Y vino el día de los ázimos, en el cual era necesario matar la pascua.
Y dijo á Jesús: Acuérdate de mí cuando vinieres á tu reino.
Y he aquí, dos de ellos iban el mismo día á una aldea que estaba de Jerusalem sesenta estadios, llamada Emmaús.
Todo lo que el Padre me da, vendrá á mí; y al que á mí viene, no le hecho fuera.
¿Pues qué, si viereis al Hijo del hombre que sube donde estaba primero?
Mas esto decían tentándole, para poder acusarle. Empero Jesús, inclinado hacia abajo, escribía en tierra con el dedo.
El que me desecha, y no recibe mis palabras, tiene quien le juzgue: la palabra que he hablado, ella le juzgará en el día postrero.
Mas ahora voy al que me envió; y ninguno de vosotros me pregunta: ¿Adónde vas?
Respondióle Jesús: ¿Dices tú esto de ti mismo, ó te lo han dicho otros de mí?
Y como hubo dicho esto, mostróles las manos y el costado. Y los discípulos se gozaron viendo al Señor.
Para que tome el oficio de este ministerio y apostolado, del cual cayó Judas por transgresión, para irse á su lugar.
Empero Esteban, lleno de gracia y de potencia, hacía prodigios y milagros grandes en el pueblo.
Y hablóle Dios así: Que su simiente sería extranjera en tierra ajena, y que los reducirían á servidumbre y maltratarían, por cuatrocientos años.
Entonces Saulo se levantó de tierra, y abriendo los ojos, no veía á nadie: así que, llevándole por la mano, metiéronle en Damasco;
Donde estuvo tres días sin ver, y no comió, ni bebió.
¿Qué hay pues? La multitud se reunirá de cierto: porque oirán que has venido.
De consiguiente, vino la reconciliación por uno, así como el pecado entró en el mundo por un hombre, y por el pecado la muerte, y la muerte así pasó á todos los hombres, pues que todos pecaron.
Y si hago lo que no quiero, ya no lo obro yo, sino el pecado que mora en mí.
Así como el testimonio de Cristo ha sido confirmado en vosotros:
Empero el que se casó tiene cuidado de las cosas que son del mundo, cómo ha de agradar á su mujer.
Mas toda mujer que ora ó profetiza no cubierta su cabeza, afrenta su cabeza; porque lo mismo es que si se rayese.
Pero en la iglesia más quiero hablar cinco palabras con mi sentido, para que enseñe también á los otros, que diez mil palabras en lengua desconocida.
Y no sólo con su venida, sino también con la consolación con que él fué consolado acerca de vosotros, haciéndonos saber vuestro deseo grande, vuestro lloro, vuestro celo por mí, para que así me gozase más.
Empero gracias á Dios que dió la misma solicitud por vosotros en el corazón de Tito.
PABLO, apóstol, (no de los hombres, ni por hombre, mas por Jesucristo y por Dios el Padre, que lo resucitó de los muertos),
Mas ni aun Tito, que estaba conmigo, siendo Griego, fué compelido á circuncidarse.
Que es las arras de nuestra herencia, para la redención de la posesión adquirida para alabanza de su gloria.
Porque somos hechura suya, criados en Cristo Jesús para buenas obras, las cuales Dios preparó para que anduviésemos en ellas.
Si en alguna manera llegase á la resurrección de los muertos.
A aquel inicuo, cuyo advenimiento es según operación de Satanás, con grande potencia, y señales, y milagros mentirosos,
Pero viudas más jóvenes no admitas: porque después de hacerse licenciosas contra Cristo, quieren casarse.
Porque aquel del cual esto se dice, de otra tribu es, de la cual nadie asistió al altar.
Mas el que es rico, en su bajeza; porque él se pasará como la flor de la hierba.
Mirad también las naves: aunque tan grandes, y llevadas de impetuosos vientos, son gobernadas con un muy pequeño timón por donde quisiere el que las gobierna.
Porque mejor es que padezcáis haciendo bien, si la voluntad de Dios así lo quiere, que haciendo mal.
Por Silvano, el hermano fiel, según yo pienso, os he escrito brevemente, amonestándoos, y testificando que ésta es la verdadera gracia de Dios, en la cual estáis.
Porque todo lo que hay en el mundo, la concupiscencia de la carne, y la concupiscencia de los ojos, y la soberbia de la vida, no es del Padre, mas es del mundo.
Nosotros sabemos que hemos pasado de muerte á vida, en que amamos á los hermanos. El que no ama á su hermano, está en muerte.
Y este es el testimonio: Que Dios nos ha dado vida eterna; y esta vida está en su Hijo.
¡Ay de ellos! porque han seguido el camino de Caín, y se lanzaron en el error de Balaam por recompensa, y perecieron en la contradicción de Coré.
Yo Juan, vuestro hermano, y participante en la tribulación y en el reino, y en la paciencia de Jesucristo, estaba en la isla que es llamada Patmos, por la palabra de Dios y el testimonio de Jesucristo.
Y tenía en su mano un librito abierto: y puso su pie derecho sobre el mar, y el izquierdo sobre la tierra;
Y clamó con grande voz, comocuandoun león ruge: y cuando hubo clamado, siete truenos hablaron sus voces.
Y el humo del tormento de ellos sube para siempre jamás. Y los que adoran á la bestia y á su imagen, no tienen reposo día ni noche, ni cualquiera que tomare la señal de su nombre.
Y los hombres se quemaron con el grande calor, y blasfemaron el nombre de Dios, que tiene potestad sobre estas plagas, y no se arrepintieron para darle gloria.
Con la cual han fornicado los reyes de la tierra, y los que moran en la tierra se han embriagado con el vino de su fornicación.
Y él me dice: Las aguas que has visto donde la ramera se sienta, son pueblos y muchedumbres y naciones y lenguas.
