EN el principio crió Dios los cielos y la tierra.
Y la tierra estaba desordenada y vacía, y las tinieblas estaban sobre la haz del abismo, y el Espíritu de Dios se movía sobre la haz de las aguas.
Y vió Dios que la luz era buena: y apartó Dios la luz de las tinieblas.
Y dijo Dios: Júntense las aguas que están debajo de los cielos en un lugar, y descúbrase la seca: y fué así.
Y llamó Dios á la seca Tierra, y á la reunión de las aguas llamó Mares: y vió Dios que era bueno.
Y para señorear en el día y en la noche, y para apartar la luz y las tinieblas: y vió Dios que era bueno.
Y vió Dios todo lo que había hecho, y he aquí que era bueno en gran manera. Y fué la tarde y la mañana el día sexto.
Y salía de Edén un río para regar el huerto, y de allí se repartía en cuatro ramales.
El nombre del segundo río es Gihón: éste es el que rodea toda la tierra de Etiopía.
Y el nombre del tercer río es Hiddekel: éste es el que va delante de Asiria. Y el cuarto río es el Eufrates.
Y Jehová Dios hizo caer sueño sobre Adam, y se quedó dormido: entonces tomó una de sus costillas, y cerró la carne en su lugar;
Por tanto, dejará el hombre á su padre y á su madre, y allegarse ha á su mujer, y serán una sola carne.
EMPERO la serpiente era astuta, más que todos los animales del campo que Jehová Dios había hecho; la cual dijo á la mujer: ¿Conque Dios os ha dicho: No comáis de todo árbol del huerto?
Mas sabe Dios que el día que comiereis de él, serán abiertos vuestros ojos, y seréis como dioses sabiendo el bien y el mal.
Y díjole: ¿Quién te enseñó que estabas desnudo? ¿Has comido del árbol de que yo te mandé no comieses?
Entonces Jehová dijo á Caín: ¿Por qué te has ensañado, y por qué se ha inmutado tu rostro?
Y Zilla también parió á Tubal-Caín, acicalador de toda obra de metal y de hierro: y la hermana de Tubal-Caín fué Naama.
Y vivió Adam ciento y treinta años, y engendróun hijoá su semejanza, conforme á su imagen, y llamó su nombre Seth.
Y fueron los días de Adam, después que engendró á Seth, ochocientos años: y engendró hijos é hijas.
Y vivió Mahalaleel sesenta y cinco años, y engendró á Jared.
Y dijo Jehová: Raeré los hombres que he criado de sobre la faz de la tierra, desde el hombre hasta la bestia, y hasta el reptil y las aves del cielo: porque me arrepiento de haberlos hecho.
De los animales limpios, y de los animales que no eran limpios, y de las aves, y de todo lo que anda arrastrando sobre la tierra,
Y sucedió que al séptimo día las aguas del diluvio fueron sobre la tierra.
Ellos, y todos los animalessilvestressegún sus especies, y todos los animales mansos según sus especies, y todo reptil que anda arrastrando sobre la tierra según su especie, y toda ave según su especie, todo pájaro, toda especie de volátil.
Y prevalecieron las aguas, y crecieron en gran manera sobre la tierra; y andaba el arca sobre la faz de las aguas.
Y habló Dios á Noé y á sus hijos con él, diciendo:
Estableceré mi pacto con vosotros, y no fenecerá ya más toda carne con aguas de diluvio; ni habrá más diluvio para destruir la tierra.
Y acordarme he del pacto mío, que hay entre mí y vosotros y toda alma viviente de toda carne; y no serán más las aguas por diluvio para destruir toda carne.
Y fueron todos los días de Noé novecientos y cincuenta años; y murió.
Y los hijos de Gomer: Ashkenaz, y Riphat, y Togorma.
Y al Heveo, y al Araceo, y al Sineo,
Estas son las generaciones de Sem: Sem, de edad de cien años, engendró á Arphaxad, dos años después del diluvio.
Mas Sarai fué estéril, y no tenía hijo.
Y aconteció que cuando estaba para entrar en Egipto, dijo á Sarai su mujer: He aquí, ahora conozco que eres mujer hermosa de vista;
Y aconteció que, como entró Abram en Egipto, los Egipcios vieron la mujer que era hermosa en gran manera.
Mas los hombres de Sodoma eran malos y pecadores para con Jehová en gran manera.
Y volvieron, y vinieron á Emmisphat, que es Cades, y devastaron todas las haciendas de los Amalecitas, y también al Amorrheo, que habitaba en Hazezón-tamar.
Es á saber, contra Chêdorlaomer, rey de Elam, y Tidal, rey de naciones, y Amraphel, rey de Shinar, y Arioch, rey de Elasar; cuatro reyes contra cinco.
Entonces dijo á Abram: Ten por cierto que tu simiente será peregrina en tierra no suya, y servirá á los de allí, y serán por ellos afligidos cuatrocientos años.
Mas también á la gente á quien servirán, juzgaré yo; y después de esto saldrán con grande riqueza.
Y respondió Abram á Sarai: He ahí tu sierva en tu mano, haz con ella lo que bien te pareciere. Y como Sarai la afligiese, huyóse de su presencia.
Y hallóla el ángel de Jehová junto á una fuente de agua en el desierto, junto á la fuente que está en el camino del Sur.
Y él será hombre fiero; su mano contra todos, y las manos de todos contra él, y delante de todos sus hermanos habitará.
Entonces Abraham cayó sobre su rostro, y rióse, y dijo en su corazón: ¿A hombre de cien años ha de nacer hijo? ¿y Sara, ya de noventa años, ha de parir?
Y acabó de hablar con él, y subió Dios de con Abraham.
Era Abraham de edad de noventa y nueve años cuando circuncidó la carne de su prepucio.
Y Abraham replicó y dijo: He aquí ahora que he comenzado á hablar á mi Señor, aunque soy polvo y ceniza:
Entonces la mujer de Lot miró atrás, á espaldas de él, y se volvió estatua de sal.
Y parió la mayor un hijo, y llamó su nombre Moab, el cual es padre de los Moabitas hasta hoy.
La menor también parió un hijo, y llamó su nombre Ben-ammí, el cual es padre de los Ammonitas hasta hoy.
Ahora, pues, vuelve la mujer á su marido; porque es profeta, y orará por ti, y vivirás. Y si tú no la volvieres, sabe que de cierto morirás, con todo lo que fuere tuyo.
Entonces Abimelech se levantó de mañana, y llamó á todos sus siervos, y dijo todas estas palabras en los oídos de ellos; y temieron los hombres en gran manera.
Y dijo Abimelech: He aquí mi tierra está delante de ti, habita donde bien te pareciere.
Porque había del todo cerrado Jehová toda matriz de la casa de Abimelech, á causa de Sara mujer de Abraham.
Y él respondió: Que estas siete corderas tomarás de mi mano, para que me sean en testimonio de que yo cavé este pozo.
Y Abraham se levantó muy de mañana, y enalbardó su asno, y tomó consigo dos mozos suyos, y á Isaac su hijo: y cortó leña para el holocausto, y levantóse, y fué al lugar que Dios le dijo.
Al tercer día alzó Abraham sus ojos, y vió el lugar de lejos.
Y llamó Abraham el nombre de aquel lugar, Jehová proveerá. Por tanto se dice hoy: En el monte de Jehová será provisto.
No, señor mío, óyeme: te doy la heredad, y te doy también la cueva que está en ella; delante de los hijos de mi pueblo te la doy; sepulta tu muerto.
Y respondió á Ephrón en oídos del pueblo de la tierra, diciendo: Antes, si te place, ruégote que me oigas; yo daré el precio de la heredad, tómalo de mí, y sepultaré en ella mi muerto.
Entonces el criado puso su mano debajo del muslo de Abraham su señor, y juróle sobre este negocio.
He aquí yo estoy junto á la fuente de agua, y las hijas de los varones de esta ciudad salen por agua:
Y fué que como los camellos acabaron de beber, presentóle el hombre un pendiente de oro que pesaba medio siclo, y dos brazaletes que pesaban diez:
El hombre entonces se inclinó, y adoró á Jehová.
Entonces él me respondió: Jehová, en cuya presencia he andado, enviará su ángel contigo, y prosperará tu camino; y tomarás mujer para mi hijo de mi linaje y de la casa de mi padre:
E inclinéme, y adoré á Jehová, y bendije á Jehová, Dios de mi señor Abraham, que me había guiado por camino de verdad para tomar la hija del hermano de mi señor para su hijo.
Y él les dijo: No me detengáis, pues que Jehová ha prosperado mi camino; despachadme para que me vaya á mi señor.
Y ABRAHAM tomó otra mujer, cuyo nombre fué Cetura;
Y Joksan engendró á Seba, y á Dedán: é hijos de Dedán fueron Assurim, y Letusim, y Leummim.
Habitó, pues, Isaac en Gerar.
Y se levantaron de madrugada, y juraron el uno al otro; é Isaac los despidió, y ellos se partieron de él en paz.
Y su madre respondió: Hijo mío, sobre mí tu maldición: solamente obedece á mi voz, y ve y tráemelos.
Y entregó los guisados y el pan que había aderezado, en mano de Jacob su hijo.
Y dijo: Acércamela, y comeré de la caza de mi hijo, para que te bendiga mi alma; y él se la acercó, y comió: trájole también vino, y bebió.
Como Esaú oyó las palabras de su padre, clamó con una muy grande y muy amarga exclamación, y le dijo: Bendíceme también á mí, padre mío.
Y fueron dichas á Rebeca las palabras de Esaú su hijo mayor: y ella envió y llamó á Jacob su hijo menor, y díjole: He aquí, Esaú tu hermano se consuela acerca de ti con la idea de matarte.
Y soñó, y he aquí una escala que estaba apoyada en tierra, y su cabeza tocaba en el cielo: y he aquí ángeles de Dios que subían y descendían por ella.
Y he aquí, yo soy contigo, y te guardaré por donde quiera que fueres, y te volveré á esta tierra; porque no te dejaré hasta tanto que haya hecho lo que te he dicho.
Cumple la semana de ésta, y se te dará también la otra, por el servicio que hicieres conmigo otros siete años.
Y concibió otra vez, y parió un hijo, y dijo: Esta vez alabaré á Jehová: por esto llamó su nombre Judá: y dejó de parir.
Y VIENDO Rachêl que no daba hijos á Jacob, tuvo envidia de su hermana, y decía á Jacob: Dame hijos, ó si no, me muero.
Y oyó Dios á Lea: y concibió, y parió á Jacob el quinto hijo.
Y dijo: Señálame tu salario, que yo lo daré.
Y tomóse Jacob varas de álamo verdes, y de avellano, y de castaño, y descortezó en ellas mondaduras blancas, descubriendo así lo blanco de las varas.
Y concebían las ovejas delante de las varas, y parían borregos listados, pintados y salpicados de diversos colores.
Y díjoles: Veo que el semblante de vuestro padre no es para conmigo como ayer y antes de ayer: mas el Dios de mi padre ha sido conmigo.
Ven pues ahora, y hagamos alianza yo y tú; y sea en testimonio entre mí y entre ti.
Y dijo Jacob cuando los vió: El campo de Dios es este: y llamó el nombre de aquel lugar Mahanaim.
Y mandó al primero, diciendo: Si Esaú mi hermano te encontrare, y te preguntare, diciendo: ¿De quién eres? ¿y adónde vas? ¿y para quién es esto que llevas delante de ti?
Y mandó también al segundo, y al tercero, y á todos los que iban tras aquellas manadas, diciendo: Conforme á esto hablaréis á Esaú, cuando le hallareis.
Y dijo Esaú: Harto tengo yo, hermano mío: sea para ti lo que es tuyo.
Toma, te ruego, mi dádiva que te es traída; porque Dios me ha hecho merced, y todo lo que hay aquí es mío. Y porfió con él, y tomóla.
Y oyó Jacob que había Sichêm amancillado á Dina su hija: y estando sus hijos con su ganado en el campo, calló Jacob hasta que ellos viniesen.
Y ellos respondieron: ¿Había él de tratar á nuestra hermana como á una ramera?
Entonces murió Débora, ama de Rebeca, y fué sepultada á las raíces de Beth-el, debajo de una encina: y llamóse su nombre Allon-Bacuth.
Y fuése de él Dios, del lugar donde con él había hablado.
Y Jacob erigió un título en el lugar donde había hablado con él, un título de piedra, y derramó sobre él libación, y echó sobre él aceite.
Y partieron de Beth-el, y había aún como media legua de tierra para llegar á Ephrata, cuando parió Rachêl, y hubo trabajo en su parto.
Y puso Jacob un título sobre su sepultura: este es el título de la sepultura de Rachêl hasta hoy.
Y acaeció, morando Israel en aquella tierra, que fué Rubén y durmió con Bilha la concubina de su padre; lo cual llegó á entender Israel. Ahora bien, los hijos de Israel fueron doce:
Los hijos de Rachêl: José, y Benjamín.
Y vino Jacob á Isaac su padre á Mamre, á la ciudad de Arba, que es Hebrón, donde habitaron Abraham é Isaac.
Porque la hacienda de ellos era grande, y no podían habitar juntos, ni la tierra de su peregrinación los podía sostener á causa de sus ganados.
Y Esaú habitó en el monte de Seir: Esaú es Edom.
Los hijos de Ana fueron Disón, y Aholibama, hija de Ana.
Y estos fueron los duques de los Horeos: el duque Lotán, el duque Sobal, el duque Zibeón, el duque Ana,
Y los reyes que reinaron en la tierra de Edom, antes que reinase rey sobre los hijos de Israel, fueron estos:
Y murió Samla, y reinó en su lugar Saúl, de Rehoboth del Río.
Estos, pues, son los nombres de los duques de Esaú por sus linajes, por sus lugares, y sus nombres: el duque Timna, el duque Alva, el duque Jetheth,
Y sucedió que, cuando llegó José á sus hermanos, ellos hicieron desnudar á José su ropa, la ropa de colores que tenía sobre sí;
Venid, y vendámosle á los Ismaelitas, y no sea nuestra mano sobre él; que nuestro hermano es nuestra carne. Y sus hermanos acordaron con él.
Y Rubén volvió á la cisterna, y no halló á José dentro, y rasgó sus vestidos.
Y Judá tomó mujer para su primogénito Er, la cual se llamaba Thamar.
Entonces Judá dijo á Onán: Entra á la mujer de tu hermano, y despósate con ella, y suscita simiente á tu hermano.
Y desagradó en ojos de Jehová lo que hacía, y también quitó á él la vida.
Entonces él dijo: ¿Qué prenda te daré? Ella respondió: Tu anillo, y tu manto, y tu bordón que tienes en tu mano. Y él se los dió, y entró á ella, la cual concibió de él.
Y que la copa de Faraón estaba en mi mano, y tomaba yo las uvas, y las exprimía en la copa de Faraón, y daba yo la copa en mano de Faraón.
Y acaeció que á la mañana estaba agitado su espíritu; y envió é hizo llamar á todos los magos de Egipto, y á todos sus sabios: y contóles Faraón sus sueños, mas no había quien á Faraón los declarase.
Faraón se enojó contra sus siervos, y á mí me echó á la prisión de la casa del capitán de los de la guardia, á mí y al principal de los panaderos:
Y yo y él vimos un sueño una misma noche: cada uno soñó conforme á la declaración de su sueño.
Y estaba allí con nosotros un mozo Hebreo, sirviente del capitán de los de la guardia; y se lo contamos, y él nos declaró nuestros sueños, y declaró á cada uno conforme á su sueño.
Y levantarse han tras ellos siete años de hambre; y toda la hartura será olvidada en la tierra de Egipto; y el hambre consumirá la tierra;
Y nacieron á José dos hijos antes que viniese el primer año del hambre, los cuales le parió Asenath, hija de Potipherah, sacerdote de On.
Y descendieron los diez hermanos de José á comprar trigo á Egipto.
Pero habéis de traerme á vuestro hermano menor, y serán verificadas vuestras palabras, y no moriréis. Y ellos lo hicieron así.
Y apartóse él de ellos, y lloró: después volvió á ellos, y les habló, y tomó de entre ellos á Simeón, y aprisionóle á vista de ellos.
Y respondió Judá, diciendo: Aquel varón nos protestó con ánimo resuelto, diciendo: No veréis mi rostro sin vuestro hermano con vosotros.
Si enviares á nuestro hermano con nosotros, descenderemos y te compraremos alimento:
Entonces José se apresuró, porque se conmovieron sus entrañas á causa de su hermano, y procuró donde llorar: y entróse en su cámara, y lloró allí.
Y lavó su rostro, y salió fuera, y reprimióse, y dijo: Poned pan.
Y buscó; desde el mayor comenzó, y acabó en el menor; y la copa fué hallada en el costal de Benjamín.
Y nosotros respondimos: No podemos ir: si nuestro hermano fuere con nosotros, iremos; porque no podemos ver el rostro del varón, no estando con nosotros nuestro hermano el menor.
Y allí te alimentaré, pues aun quedan cinco años de hambre, porque no perezcas de pobreza tú y tu casa, y todo lo que tienes:
Y los hijos de Zabulón: Sered, y Elón, y Jahleel.
Estos fueron los hijos de Lea, los que parió á Jacob en Padan-aram, y además su hija Dina: treinta y tres las almas todas de sus hijos é hijas.
Y los hijos de Benjamín fueron Bela, y Bechêr y Asbel, y Gera, y Naamán, y Ehi, y Ros y Muppim, y Huppim, y Ard.
Y José dijo á sus hermanos, y á la casa de su padre: Subiré y haré saber á Faraón, y diréle: Mis hermanos y la casa de mi padre, que estaban en la tierra de Canaán, han venido á mí;
Y José introdujo á su padre, y presentólo delante de Faraón; y Jacob bendijo á Faraón.
Y ahora tus dos hijos Ephraim y Manasés, que te nacieron en la tierra de Egipto, antes que viniese á ti á la tierra de Egipto, míos son; como Rubén y Simeón, serán míos:
Y tomólos José á ambos, Ephraim á su diestra, á la siniestra de Israel; y á Manasés á su izquierda, á la derecha de Israel; é hízoles llegar á él.
Entonces Israel extendió su diestra, y púsola sobre la cabeza de Ephraim, que era el menor, y su siniestra sobre la cabeza de Manasés, colocando así sus manos adrede, aunque Manasés era el primogénito.
Y LLAMÓ Jacob á sus hijos, y dijo: Juntaos, y os declararé lo que os ha de acontecer en los postreros días.
Cachorro de león Judá: de la presa subiste, hijo mío: encorvóse, echóse como león, así como león viejo; ¿quién lo despertará?
Nephtalí, sierva dejada, que dará dichos hermosos.
Y como acabó Jacob de dar órdenes á sus hijos, encogió sus pies en la cama, y espiró: y fué reunido con sus padres.
Y viendo los moradores de la tierra, los Cananeos, el llanto en la era de Atad, dijeron: Llanto grande es este de los Egipcios: por eso fué llamado su nombre Abelmizraim, que está á la otra parte del Jordán.
Ahora, pues, seamos sabios para con él, porque no se multiplique, y acontezca que viniendo guerra, él también se junte con nuestros enemigos, y pelee contra nosotros, y se vaya de la tierra.
Y amargaron su vida con dura servidumbre, en hacer barro y ladrillo, y en toda labor del campo, y en todo su servicio, al cual los obligaban con rigorismo.
Y salió al día siguiente, y viendo á dos Hebreos que reñían, dijo al que hacía la injuria: ¿Por qué hieres á tu prójimo?
Y dijo: No te llegues acá: quita tus zapatos de tus pies, porque el lugar en que tú estás, tierra santa es.
Ven por tanto ahora, y enviarte he á Faraón, para que saques á mi pueblo, los hijos de Israel, de Egipto.
Sino que demandará cada mujer á su vecina y á su huéspeda vasos de plata, vasos de oro, y vestidos: los cuales pondréis sobre vuestros hijos y vuestras hijas; y despojaréis á Egipto.
ENTONCES Moisés respondió, y dijo: He aquí que ellos no me creerán, ni oirán mi voz; porque dirán: No te ha aparecido Jehová.
Y Jehová dijo á Aarón: Ve á recibir á Moisés al desierto. Y él fué, y encontrólo en el monte de Dios, y besóle.
Y saliendo los cuadrilleros del pueblo y sus gobernadores, hablaron al pueblo, diciendo: Así ha dicho Faraón: Yo no os doy paja.
Id vosotros, y recoged paja donde la hallareis; que nada se disminuirá de vuestra tarea.
Estas son las cabezas de las familias de sus padres. Los hijos de Rubén, el primogénito de Israel: Hanoch y Phallú, Hezrón y Carmi: estas son las familias de Rubén.
Y los hijos de Izhar: Cora, y Nepheg y Zithri.
Y los hijos de Uzziel: Misael, y Elzaphán y Zithri.
Entonces Jehová habló á Moisés, diciendo: Yo soy JEHOVÁ; di á Faraón rey de Egipto todas las cosas que yo te digo á ti.
Y JEHOVÁ dijo á Moisés: Mira, yo te he constituído dios para Faraón, y tu hermano Aarón será tu profeta.
Entonces Jehová dijo á Moisés: El corazón de Faraón está agravado, que no quiere dejar ir al pueblo.
Y tomaron la ceniza del horno, y pusiéronse delante de Faraón, y esparcióla Moisés hacia el cielo; y vino un sarpullido que causaba tumores apostemados así en los hombres como en las bestias.
La cual cubrirá la faz de la tierra, de modo que no pueda verse la tierra; y ella comerá lo que quedó salvo, lo que os ha quedado del granizo; comerá asimismo todo árbol que os produce fruto en el campo:
Nuestros ganados irán también con nosotros; no quedará ni una uña; porque de ellos hemos de tomar para servir á Jehová nuestro Dios; y no sabemos con qué hemos de servir á Jehová, hasta que lleguemos allá.
Hablad á toda la congregación de Israel, diciendo: En el diez de aqueste mes tómese cada uno un cordero por las familias de los padres, un cordero por familia:
Y tomarán de la sangre, y pondrán en los dos postes y en el dintel de las casas en que lo han de comer.
Pues yo pasaré aquella noche por la tierra de Egipto, y heriré á todo primogénito en la tierra de Egipto, así en los hombres como en las bestias: y haré juicios en todos los dioses de Egipto. Yo JEHOVÁ.
Por siete días no se hallará levadura en vuestras casas, porque cualquiera que comiere leudado, así extranjero como natural del país, aquella alma será cortada de la congregación de Israel.
Y guardaréis esto por estatuto para vosotros y para vuestros hijos para siempre.
Y los hijos de Israel se fueron, é hicieron puntualmente así; como Jehová había mandado á Moisés y á Aarón.
Y levantóse aquella noche Faraón, él y todos sus siervos, y todos los Egipcios; y había un gran clamor en Egipto, porque no había casa donde no hubiese muerto.
Y también subió con ellos grande multitud de diversa suerte de gentes; y ovejas, y ganados muy muchos.
Y serte ha como una señal sobre tu mano, y como una memoria delante de tus ojos, para que la ley de Jehová esté en tu boca; por cuanto con mano fuerte te sacó Jehová de Egipto.
Por tanto, tú guardarás este rito en su tiempo de año en año.
Y partidos de Succoth, asentaron campo en Etham, á la entrada del desierto.
Y HABLÓ Jehová á Moisés, diciendo:
¿No es esto lo que te hablamos en Egipto, diciendo: Déjanos servir á los Egipcios? Que mejor nos fuera servir á los Egipcios, que morir nosotros en el desierto.
Y extendió Moisés su mano sobre la mar, é hizo Jehová que la mar se retirase por recio viento oriental toda aquella noche; y tornó la mar en seco, y las aguas quedaron divididas.
Y PARTIENDO de Elim toda la congregación de los hijos de Israel, vino al desierto de Sin, que está entre Elim y Sinaí, á los quince días del segundo mes después que salieron de la tierra de Egipto.
Y los hijos de Israel lo hicieron así: y recogieron unos más, otros menos:
Y Aarón lo puso delante del Testimonio para guardarlo, como Jehová lo mandó á Moisés.
Así que el pueblo tuvo allí sed de agua, y murmuró contra Moisés, y dijo: ¿Por qué nos hiciste subir de Egipto, para matarnos de sed á nosotros, y á nuestros hijos, y á nuestros ganados?
Y Josué deshizo á Amalec y á su pueblo á filo de espada.
Y Moisés edificó un altar, y llamó su nombre Jehová-nissi;
Y Moisés contó á su suegro todas las cosas que Jehová había hecho á Faraón y á los Egipcios por amor de Israel, y todo el trabajo que habían pasado en el camino, y cómo los había librado Jehová.
Entonces el suegro de Moisés le dijo: No haces bien:
Desfallecerás del todo, tú, y también este pueblo que está contigo; porque el negocio es demasiado pesado para ti; no podrás hacerlo tú solo.
Si esto hicieres, y Dios te lo mandare, tú podrás persistir, y todo este pueblo se irá también en paz á su lugar.
Y estén apercibidos para el día tercero, porque al tercer día Jehová descenderá, á ojos de todo el pueblo, sobre el monte de Sinaí.
Y descendió Moisés del monte al pueblo, y santificó al pueblo; y lavaron sus vestidos.
Y el sonido de la bocina iba esforzándose en extremo: Moisés hablaba, y Dios le respondía en voz.
Y Jehová dijo á Moisés: Desciende, requiere al pueblo que no traspasen el término por ver á Jehová, porque caerá multitud de ellos.
No tomarás el nombre de Jehová tu Dios en vano; porque no dará por inocente Jehová al que tomare su nombre en vano.
Seis días trabajarás, y harás toda tu obra;
Todo el pueblo consideraba las voces, y las llamas, y el sonido de la bocina, y el monte que humeaba: y viéndolo el pueblo, temblaron, y pusiéronse de lejos.
Además, si algunos riñeren, y alguno hiriere á su prójimo con piedra ó con el puño, y no muriere, pero cayere en cama;
Si algunos riñeren, é hiriesen á mujer preñada, y ésta abortare, pero sin haber muerte, será penado conforme á lo que le impusiere el marido de la mujer y juzgaren los árbitros.
Mas si hubiere muerte, entonces pagarás vida por vida,
Y cuando alguno hiriere el ojo de su siervo, ó el ojo de su sierva, y lo entortare, darále libertad por razón de su ojo.
Sobre todo negocio de fraude, sobre buey, sobre asno, sobre oveja, sobre vestido, sobre toda cosa perdida, cuando uno dijere: Esto es mío, la causa de ambos vendrá delante de los jueces; y el que los jueces condenaren, pagará el doble á su prójimo.
Juramento de Jehová tendrá lugar entre ambos de que no echó su mano á la hacienda de su prójimo: y su dueño lo aceptará, y el otro no pagará.
Porque sólo aquello es su cubierta, es aquél el vestido para cubrir sus carnes, en el que ha de dormir: y será que cuando él á mí clamare, yo entonces le oiré, porque soy misericordioso.
La fiesta de los ázimos guardarás: siete días comerás los panes sin levadura, como yo te mandé, en el tiempo del mes de Abib; porque en él saliste de Egipto: y ninguno comparecerá vacío delante de mí:
No ofrecerás con pan leudo la sangre de mi sacrificio; ni el sebo de mi víctima quedará de la noche hasta la mañana.
Guárdate delante de él, y oye su voz; no le seas rebelde; porque él no perdonará vuestra rebelión: porque mi nombre está en él.
Y Moisés vino y contó al pueblo todas las palabras de Jehová, y todos los derechos: y todo el pueblo respondió á una voz, y dijeron: Ejecutaremos todas las palabras que Jehová ha dicho.
Y dijo á los ancianos: Esperadnos aquí hasta que volvamos á vosotros: y he aquí Aarón y Hur están con vosotros: el que tuviere negocios, lléguese á ellos.
Y meterás las varas por los anillos á los lados del arca, para llevar el arca con ellas.
Harás, pues, un querubín al extremo de un lado, y un querubín al otro extremo del lado opuesto: de la calidad de la cubierta harás los querubines en sus dos extremidades.
La longitud de la una cortina será de treinta codos, y la anchura de la misma cortina de cuatro codos: una medida tendrán las once cortinas.
Y cubrirás las tablas de oro, y harás sus anillos de oro para meter por ellos las barras: también cubrirás las barras de oro.
Y alzarás el tabernáculo conforme á su traza que te fué mostrada en el monte.
Y harás para la cortina cinco columnas de madera de Sittim, las cuales cubrirás de oro, con sus capiteles de oro: y hacerlas has de fundición cinco basas de metal.
La longitud del atrio será de cien codos, y la anchura cincuenta por un lado y cincuenta por el otro, y la altura de cinco codos: sus cortinas de lino torcido, y sus basas de metal.
Y harás vestidos sagrados á Aarón tu hermano, para honra y hermosura.
Harás pues, engastes de oro,
Y en medio de él por arriba habrá una abertura, la cual tendrá un borde alrededor de obra de tejedor, como el cuello de un coselete, para que no se rompa.
Una campanilla de oro y una granada, campanilla de oro y granada, por las orillas del manto alrededor.
Y estará sobre Aarón cuando ministrare; y oiráse su sonido cuando él entrare en el santuario delante de Jehová y cuando saliere, porque no muera.
Y sacrificarás el becerro de la expiación en cada día para las expiaciones; y purificarás el altar en habiendo hecho expiación por él, y lo ungirás para santificarlo.
Y cuando Aarón encenderá las lámparas al anochecer, quemará el sahumerio: rito perpetuo delante de Jehová por vuestras edades.
Ni el rico aumentará, ni el pobre disminuirá de medio siclo, cuando dieren la ofrenda á Jehová para hacer expiación por vuestras personas.
Y la mesa, y todos sus vasos, y el candelero, y todos sus vasos, y el altar del perfume,
Habló además Jehová á Moisés, diciendo:
Y el día siguiente madrugaron, y ofrecieron holocaustos, y presentaron pacíficos: y sentóse el pueblo á comer y á beber, y levantáronse á regocijarse.
Entonces Moisés oró á la faz de Jehová su Dios, y dijo: Oh Jehová, ¿por qué se encenderá tu furor en tu pueblo, que tú sacaste de la tierra de Egipto con gran fortaleza, y con mano fuerte?
Entonces Jehová se arrepintió del mal que dijo que había de hacer á su pueblo.
Porque me dijeron: Haznos dioses que vayan delante de nosotros, que á este Moisés, el varón que nos sacó de tierra de Egipto, no sabemos qué le ha acontecido.
Y oyendo el pueblo esta sensible palabra, vistieron luto, y ninguno se puso sus atavíos:
Y sucedía que, cuando salía Moisés al tabernáculo, todo el pueblo se levantaba, y estaba cada cual en pie á la puerta de su tienda, y miraban en pos de Moisés, hasta que él entraba en el tabernáculo.
Y dijo Moisés á Jehová: Mira, tú me dices á mí: Saca este pueblo: y tú no me has declarado á quién has de enviar conmigo: sin embargo tú dices: Yo te he conocido por tu nombre, y has hallado también gracia en mis ojos.
Después apartaré mi mano, y verás mis espaldas; mas no se verá mi rostro.
Y JEHOVÁ dijo á Moisés: Alísate dos tablas de piedra como las primeras, y escribiré sobre esas tablas las palabras que estaban en las tablas primeras que quebraste.
Y no suba hombre contigo, ni parezca alguno en todo el monte; ni ovejas ni bueyes pazcan delante del monte.
Guárdate que no hagas alianza con los moradores de la tierra donde has de entrar, porque no sean por tropezadero en medio de tí:
La fiesta de los ázimos guardarás: siete días comerás por leudar, según te he mandado, en el tiempo del mes de Abib; porque en el mes de Abib saliste de Egipto.
No ofrecerás con leudo la sangre de mi sacrificio; ni quedará de la noche para la mañana el sacrificio de la fiesta de la pascua.
Y vinieron así hombres como mujeres, todo voluntario de corazón, y trajeron cadenas y zarcillos, sortijas y brazaletes, y toda joya de oro; y cualquiera ofrecía ofrenda de oro á Jehová.
Cualquiera que ofrecía ofrenda de plata ó de metal, traía á Jehová la ofrenda: y todo el que se hallaba con madera de Sittim, traíala para toda la obra del servicio.
Para proyectar inventos, para trabajar en oro, y en plata, y en metal,
Y en obra de pedrería para engastar, y en obra de madera, para trabajar en toda invención ingeniosa.
La longitud de la una cortina era de veintiocho codos, y la anchura de cuatro codos: todas las cortinas tenían una misma medida.
La longitud de cada tabla de diez codos, y de codo y medio la anchura.
Hizo, pues, las tablas para el tabernáculo: veinte tablas al lado del austro, al mediodía.
Hizo también las cuarenta basas de plata debajo de las veinte tablas: dos basas debajo de la una tabla para sus dos quicios, y dos basas debajo de la otra tabla para sus dos quicios.
Para las esquinas del tabernáculo en los dos lados hizo dos tablas,
E hizo que la barra del medio pasase por medio de las tablas del un cabo al otro.
Hizo también el velo para la puerta del tabernáculo, de jacinto, y púrpura, y carmesí, y lino torcido, obra de recamador;
También hizo los vasos que habían de estar sobre la mesa, sus platos, y sus cucharas, y sus cubiertos y sus tazones con que se había de libar, de oro fino.
Y cubriólo de oro puro, su mesa y sus paredes alrededor, y sus cuernos: é hízole una corona de oro alrededor.
A la parte del occidente cortinas de cincuenta codos: sus columnas diez, y sus diez basas; los capiteles de las columnas y sus molduras, de plata.
Y el pabellón de la puerta del atrio fué de obra de recamado, de jacinto, y púrpura, y carmesí, y lino torcido: la longitud de veinte codos, y la altura en el ancho de cinco codos, conforme á las cortinas del atrio.
Y Bezaleel, hijo de Uri, hijo de Hur, de la tribu de Judá, hizo todas las cosas que Jehová mandó á Moisés.
Todo el oro empleado en la obra, en toda la obra del santuario, el cual fué oro de ofrenda, fué veintinueve talentos, y setecientos y treinta siclos, según el siclo del santuario.
Y pusieron las dos trenzas de oro en aquellos dos anillos á los cabos del racional.
Una campanilla y una granada, una campanilla y una granada alrededor, en las orillas del manto, para ministrar; como Jehová lo mandó á Moisés.
Las cortinas del atrio, y sus columnas, y sus basas, y el pabellón para la puerta del atrio, y sus cuerdas, y sus estacas, y todos los vasos del servicio del tabernáculo, del tabernáculo del testimonio;
En el primer día del mes primero harás levantar el tabernáculo, el tabernáculo del testimonio:
Y pondrás el altar de oro para el perfume delante del arca del testimonio, y pondrás el pabellón delante de la puerta del tabernáculo.
Y harás llegar á Aarón y á sus hijos á la puerta del tabernáculo del testimonio, y los lavarás con agua.
Y extendió la tienda sobre el tabernáculo, y puso la sobrecubierta encima del mismo; como Jehová había mandado á Moisés.
Cuando entraban en el tabernáculo del testimonio, y cuando se llegaban al altar, se lavaban; como Jehová había mandado á Moisés.
Y si el holocausto se hubiere de ofrecer á Jehová de aves, presentará su ofrenda de tórtolas, ó de palominos.
Y el sacerdote hará arder, en memoria del don, parte de su grano desmenuzado, y de su aceite con todo su incienso; es ofrenda encendida á Jehová.
Y los hijos de Aarón harán arder esto en el altar, sobre el holocausto que estará sobre la leña que habrá encima del fuego; es ofrenda de olor suave á Jehová.
Estatuto perpetuo por vuestras edades; en todas vuestras moradas, ningún sebo ni ninguna sangre comeréis.
Y pondrá su mano sobre la cabeza de la expiación, y la degollará por expiación en el lugar donde se degüella el holocausto.
Y CUANDO alguna persona pecare, que hubiere oído la voz del que juró, y él fuere testigo que vió, ó supo, si no lo denunciare, él llevará su pecado.
Y será que cuando pecare en alguna de estas cosas, confesará aquello en que pecó:
Traerála, pues, al sacerdote, y el sacerdote tomará de ella su puño lleno, en memoria suya, y la hará arder en el altar sobre las ofrendas encendidas á Jehová: es expiación.
Y el sacerdote hará expiación por él delante de Jehová, y obtendrá perdón de cualquiera de todas las cosas en que suele ofender.
El sacerdote se pondrá su vestimenta de lino, y se vestirá pañetes de lino sobre su carne; y cuando el fuego hubiere consumido el holocausto, apartará él las cenizas de sobre el altar, y pondrálas junto al altar.
Y esta es la ley del presente: Han de ofrecerlo los hijos de Aarón delante de Jehová, delante del altar.
No se cocerá con levadura: helo dado á ellos por su porción de mis ofrendas encendidas; es cosa santísima, como la expiación por el pecado, y como la expiación por la culpa.
Y habló Jehová á Moisés, diciendo:
Y la carne que tocare á alguna cosa inmunda, no se comerá; al fuego será quemada; mas cualquiera limpio comerá de aquesta carne.
Habla á los hijos de Israel, diciendo: El que ofreciere sacrificio de sus paces á Jehová, traerá su ofrenda del sacrificio de sus paces á Jehová;
Hizo, pues, Moisés como Jehová le mandó, y juntóse la congregación á la puerta del tabernáculo del testimonio.
Y puso sobre él la túnica, y ciñólo con el cinto; vistióle después el manto, y puso sobre él el ephod, y ciñólo con el cinto del ephod, y ajustólo con él.
Después puso la mitra sobre su cabeza; y sobre la mitra en su frente delantero puso la plancha de oro, la diadema santa; como Jehová había mandado á Moisés.
Después hizo llegar el carnero del holocausto, y Aarón y sus hijos pusieron sus manos sobre la cabeza del carnero:
Y el sebo y riñones y redaño del hígado, de la expiación, hízolos arder sobre el altar; como Jehová lo había mandado á Moisés.
Y salió fuego de delante de Jehová que los quemó, y murieron delante de Jehová.
Entonces dijo Moisés á Aarón: Esto es lo que habló Jehová, diciendo: En mis allegados me santificaré, y en presencia de todo el pueblo seré glorificado. Y Aarón calló.
Y ellos llegaron, y sacáronlos con sus túnicas fuera del campo, como dijo Moisés.
Hablad á los hijos de Israel, diciendo: Estos son los animales que comeréis de todos los animales que están sobre la tierra.
También el puerco, porque tiene pezuñas, y es de pezuñas hendidas, mas no rumia, tendréislo por inmundo.
Mas todas las cosas que no tienen aletas ni escamas en la mar y en los ríos, así de todo reptil de agua como de toda cosa viviente que está en las aguas, las tendréis en abominación.
El milano, y el buitre según su especie;
Estos comeréis de ellos: la langosta según su especie, y el langostín según su especie, y el aregol según su especie, y el haghab según su especie.
Y el erizo, y el lagarto, y el caracol, y la babosa, y el topo.
Mas si se hubiere puesto agua en la simiente, y cayere de sus cuerpos muertos sobre ella, tendréisla por inmunda.
Todo lo que anda sobre el pecho, y todo lo que anda sobre cuatro ó más pies, de todo reptil que anda arrastrando sobre la tierra, no lo comeréis, porque es abominación.
Esta es la ley de los animales y de las aves, y de todo ser viviente que se mueve en las aguas, y de todo animal que anda arrastrando sobre la tierra;
Y si no alcanzare su mano lo suficiente para un cordero, tomará entonces dos tórtolas ó dos palominos, uno para holocausto, y otro para expiación: y el sacerdote hará expiación por ella, y será limpia.
Y HABLÓ Jehová á Moisés y á Aarón, diciendo:
Y al séptimo día el sacerdote le reconocerá de nuevo; y si parece haberse oscurecido la llaga, y que no ha cundido en la piel, entonces el sacerdote lo dará por limpio: era postilla; y lavará sus vestidos, y será limpio.
Y el sacerdote mirará, y si la llaga se hubiere vuelto blanca, el sacerdote dará por limpio al que tenía la llaga, y será limpio.
Mas cuando en la calva ó en la antecalva hubiere llaga blanca rojiza, lepra es que brota en su calva ó en su antecalva.
Leproso es, es inmundo; el sacerdote lo dará luego por inmundo; en su cabeza tiene su llaga.
Y que la plaga sea verde, ó bermeja, en vestido ó en piel, ó en estambre ó en trama, ó en cualquiera obra de piel; plaga es de lepra, y se ha de mostrar al sacerdote.
Y el sacerdote mirará después que la plaga fuere lavada; y si pareciere que la plaga no ha mudado su aspecto, bien que no haya cundido la plaga, inmunda es; la quemarás al fuego; corrosión es penetrante, esté lo raído en la haz ó en el revés de aquella cosa.
Mas si el sacerdote la viere, y pareciere que la plaga se ha oscurecido después que fué lavada, la cortará del vestido, ó de la piel, ó del estambre, ó de la trama.
Esta será la ley del leproso cuando se limpiare: Será traído al sacerdote:
Y degollará el cordero en el lugar donde degüellan la víctima por el pecado y el holocausto, en el lugar del santuario: porque como la víctima por el pecado, así también la víctima por la culpa es del sacerdote: es cosa muy sagrada.
Y de lo que quedare del aceite que tiene en su mano, pondrá el sacerdote sobre la ternilla de la oreja derecha del que se purifica, y sobre el pulgar de su mano derecha, y sobre el pulgar de su pie derecho, sobre la sangre de la expiación por la culpa:
Y el sacerdote tomará el cordero de la expiación por la culpa, y el log de aceite, y mecerálo el sacerdote como ofrenda agitada delante de Jehová;
Y con su dedo derecho rociará el sacerdote del aceite que tiene en su mano izquierda, siete veces delante de Jehová.
Y al séptimo día volverá el sacerdote, y mirará: y si la plaga hubiere crecido en las paredes de la casa,
Entonces tomará para limpiar la casa dos avecillas, y palo de cedro, y grana, é hisopo:
Y tomará el palo de cedro, y el hisopo, y la grana, y la avecilla viva, y mojarálo en la sangre de la avecilla muerta y en las aguas vivas, y rociará la casa siete veces:
Y de la lepra del vestido, y de la casa;
Y acerca de la hinchazón, y de la postilla, y de la mancha blanca:
Toda cama en que se acostare el que tuviere flujo, será inmunda; y toda cosa sobre que se sentare, inmunda será.
Y de la congregación de los hijos de Israel tomará dos machos de cabrío para expiación, y un carnero para holocausto.
Y pondrá el perfume sobre el fuego delante de Jehová, y la nube del perfume cubrirá la cubierta que está sobre el testimonio, y no morirá.
Lavará luego su carne con agua en el lugar del santuario, y después de ponerse sus vestidos saldrá, y hará su holocausto, y el holocausto del pueblo, y hará la reconciliación por sí y por el pueblo.
Y expiará el santuario santo, y el tabernáculo del testimonio; expiará también el altar, y á los sacerdotes, y á todo el pueblo de la congregación.
Habla á Aarón y á sus hijos, y á todos los hijos de Israel, y diles: Esto es lo que ha mandado Jehová, diciendo:
No haréis como hacen en la tierra de Egipto, en la cual morasteis; ni haréis como hacen en la tierra de Canaán, á la cual yo os conduzco; ni andaréis en sus estatutos.
Guardad, pues, vosotros mis estatutos y mis derechos, y no hagáis ninguna de todas estas abominaciones: ni el natural ni el extranjero que peregrina entre vosotros.
Y la tierra no os vomitará, por haberla contaminado, como vomitó á la gente que fué antes de vosotros.
Y no rebuscarás tu viña, ni recogerás los granos caídos de tu viña; para el pobre y para el extranjero los dejarás: Yo Jehová vuestro Dios.
No oprimirás á tu prójimo, ni le robarás. No se detendrá el trabajo del jornalero en tu casa hasta la mañana.
No maldigas al sordo, y delante del ciego no pongas tropiezo, mas tendrás temor de tu Dios: Yo Jehová.
No comeréis cosa alguna con sangre. No seréis agoreros, ni adivinaréis.
Que si escondiere el pueblo de la tierra sus ojos de aquel varón que hubiere dado de su simiente á Moloch, para no matarle,
Y cualquiera que durmiere con mujer menstruosa, y descubriere su desnudez, su fuente descubrió, y ella descubrió la fuente de su sangre: ambos serán cortados de entre su pueblo.
Y cualquiera que durmiere con la mujer del hermano de su padre, la desnudez del hermano de su padre descubrió; su pecado llevarán; morirán sin hijos.
Y el que tomare la mujer de su hermano, es suciedad; la desnudez de su hermano descubrió; sin hijos serán.
Habéis, pues, de serme santos, porque yo Jehová soy santo, y os he apartado de los pueblos, para que seáis míos.
Ningún varón de la simiente de Aarón sacerdote, en el cual hubiere falta, se allegará para ofrecer las ofrendas encendidas de Jehová. Hay falta en él; no se allegará á ofrecer el pan de su Dios.
Y HABLÓ Jehová á Moisés, diciendo:
Mortecino ni despedazado por fiera no comerá, para contaminarse en ello: Yo Jehová.
El primer día tendréis santa convocación: ninguna obra servil haréis.
Y convocaréis en este mismo día; os será santa convocación: ninguna obra servil haréis: estatuto perpetuo en todas vuestras habitaciones por vuestras edades.
Y habló Jehová á Moisés, diciendo:
En cabañas habitaréis siete días: todo natural de Israel habitará en cabañas;
Manda á los hijos de Israel que te traigan aceite de olivas claro, molido, para la luminaria, para hacer arder las lámparas de continuo.
Pondrás también sobre cada orden incienso limpio, y será para el pan por perfume, ofrenda encendida á Jehová.
Rotura por rotura, ojo por ojo, diente por diente: según la lesión que habrá hecho á otro, tal se hará á él.
Y te has de contar siete semanas de años, siete veces siete años; de modo que los días de las siete semanas de años vendrán á serte cuarenta y nueve años.
Conforme á la multitud de los años aumentarás el precio, y conforme á la disminución de los años disminuirás el precio; porque según el número de los rendimientos te ha de vender él.
Y cuando el hombre no tuviere rescatador, si alcanzare su mano, y hallare lo que basta para su rescate;
Mas si no alcanzare su mano lo que basta para que vuelva á él, lo que vendió estará en poder del que lo compró hasta el año del jubileo; y al jubileo saldrá, y él volverá á su posesión.
Porque son mis siervos, los cuales saqué yo de la tierra de Egipto: no serán vendidos á manera de siervos.
Porque yo me volveré á vosotros, y os haré crecer, y os multiplicaré, y afirmaré mi pacto con vosotros:
Y pondré mi morada en medio de vosotros, y mi alma no os abominará:
Mas si él no redimiere la tierra, y la tierra se vendiere á otro, no la redimirá más;
Cualquier anatema (cosa consagrada) de hombres que se consagrare, no será redimido: indefectiblemente ha de ser muerto.
Y si alguno quisiere redimir algo de sus décimas, añadirá su quinto á ello.
Y toda décima de vacas ó de ovejas, de todo lo que pasa bajo la vara, la décima será consagrada á Jehová.
Y estos son los nombres de los varones que estarán con vosotros: De la tribu de Rubén, Elisur hijo de Sedeur.
De Judá, Naasón hijo de Aminadab.
Los contados de ellos, de la tribu de Gad, cuarenta y cinco mil seiscientos y cincuenta.
Los contados de ellos, de la tribu de Aser, cuarenta y un mil y quinientos.
Y los hijos de Israel asentarán sus tiendas cada uno en su escuadrón, y cada uno junto á su bandera, por sus cuadrillas;
Y la tribu de Gad: y el jefe de los hijos de Gad, Eliasaph hijo de Rehuel;
Todos los contados en el ejército de Rubén, ciento cincuenta y un mil cuatrocientos y cincuenta, por sus escuadrones, irán los segundos.
Junto á él estará la tribu de Manasés; y el jefe de los hijos de Manasés, Gamaliel hijo de Pedasur;
Y la tribu de Nephtalí: y el jefe de los hijos de Nephtalí, Ahira hijo de Enán;
Todos los contados en el ejército de Dan, ciento cincuenta y siete mil y seiscientos: irán los postreros tras sus banderas.
Mas Nadab y Abiú murieron delante de Jehová, cuando ofrecieron fuego extraño delante de Jehová, en el desierto de Sinaí: y no tuvieron hijos: y Eleazar é Ithamar ejercieron el sacerdocio delante de Aarón su padre.
Y los nombres de los hijos de Gersón, por sus familias, estos: Libni, y Simei.
Y el jefe de la casa del padre de los Gersonitas, Eliasaph hijo de Lael.
Y el jefe de la casa del padre de las familias de Coath, Elisaphán hijo de Uzziel.
Y los contados de ellos conforme á la cuenta de todos los varones de un mes arriba, fueron seis mil y doscientos.
Y por los rescates de los doscientos y setenta y tres, que sobrepujan á los Levitas los primogénitos de los hijos de Israel,
Y sobre la mesa de la proposición extenderán el paño cárdeno, y pondrán sobre ella las escudillas, y las cucharas, y las copas, y los tazones para libar: y el pan continuo estará sobre ella.
Y extenderán sobre ella el paño de carmesí colorado, y lo cubrirán con la cubierta de pieles de tejones; y le pondrán sus varas.
Y las cortinas del atrio, y el pabellón de la puerta del atrio, que está cerca del tabernáculo y cerca del altar alrededor, y sus cuerdas, y todos los instrumentos de su servicio, y todo lo que será hecho para ellos: así servirán.
Y este será el deber de su cargo para todo su servicio en el tabernáculo del testimonio: las tablas del tabernáculo, y sus barras, y sus columnas, y sus basas,
Estos son los contados de las familias de los hijos de Gersón, todos los que ministran en el tabernáculo del testimonio, los cuales contaron Moisés y Aarón por mandato de Jehová.
Estos fueron los contados de las familias de los hijos de Merari, los cuales contaron Moisés y Aarón, según lo mandó Jehová por mano de Moisés.
Mas si te has descarriado de tu marido, y te has amancillado, y alguno hubiere tenido coito contigo, fuera de tu marido:
Mas si la mujer no fuere inmunda, sino que estuviere limpia, ella será libre, y será fecunda.
Y si alguno muriere muy de repente junto á él, contaminará la cabeza de su nazareato; por tanto el día de su purificación raerá su cabeza; al séptimo día la raerá.
Y el día octavo traerá dos tórtolas ó dos palominos al sacerdote, á la puerta del tabernáculo del testimonio;
Y consagrará á Jehová los días de su nazareato, y traerá un cordero de un año en expiación por la culpa; y los días primeros serán anulados, por cuanto fué contaminado su nazareato.
Después tomará el sacerdote la espaldilla cocida del carnero, y una torta sin levadura del canastillo, y una hojaldre sin levadura, y pondrálas sobre las manos del Nazareo, después que fuere raído su nazareato:
Entonces los príncipes de Israel, las cabezas de las casas de sus padres, los cuales eran los príncipes de las tribus, que estaban sobre los contados, ofrecieron;
Y trajeron sus ofrendas delante de Jehová, seis carros cubiertos, y doce bueyes; por cada dos príncipes un carro, y cada uno un buey; lo cual ofrecieron delante del tabernáculo.
Dos carros y cuatro bueyes, dió á los hijos de Gersón, conforme á su ministerio;
Y su ofrenda, un plato de plata de ciento y treinta siclos de peso, un jarro de plata de setenta siclos, al siclo del santuario; ambos llenos de flor de harina amasada con aceite para presente;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Selumiel, hijo de Zurisaddai.
Y su ofrenda, un plato de plata de ciento y treinta siclos de peso, un jarro de plata de setenta siclos, al siclo del santuario; ambos llenos de flor de harina amasada con aceite para presente;
El séptimo día, el príncipe de los hijos de Ephraim, Elisama hijo de Ammiud:
Un macho cabrío para expiación;
Un macho cabrío para expiación;
Habla á Aarón, y dile: Cuando encendieres las lámparas, las siete lámparas alumbrarán frente á frente del candelero.
Y ofrecerá Aarón los Levitas delante de Jehová en ofrenda de los hijos de Israel, y servirán en el ministerio de Jehová.
Y los Levitas pondrán sus manos sobre las cabezas de los novillos: y ofrecerás el uno por expiación, y el otro en holocausto á Jehová, para expiar los Levitas.
Y Moisés, y Aarón, y toda la congregación de los hijos de Israel, hicieron de los Levitas conforme á todas las cosas que mandó Jehová á Moisés acerca de los Levitas; así hicieron de ellos los hijos de Israel.
Y habló Jehová á Moisés, diciendo:
Mas desde los cincuenta años volverán del oficio de su ministerio, y nunca más servirán:
Mas el que estuviere limpio, y no estuviere de viaje, si dejare de hacer la pascua, la tal persona será cortada de sus pueblos: por cuanto no ofreció á su tiempo la ofrenda de Jehová, el tal hombre llevará su pecado.
Después comenzó á marchar la bandera del campo de los hijos de Ephraim por sus escuadrones: y Elisama, hijo de Ammiud, era sobre su ejército.
Luego comenzó á marchar la bandera del campo de los hijos de Dan por sus escuadrones, recogiendo todos los campos: y Ahiezer, hijo de Ammisaddai, era sobre su ejército.
Derramábase el pueblo, y recogían, y molían en molinos, ó majaban en morteros, y lo cocían en caldera, ó hacían de él tortas: y su sabor era como sabor de aceite nuevo.
Y yo descenderé y hablaré allí contigo; y tomaré del espíritu que está en ti, y pondré en ellos; y llevarán contigo la carga del pueblo, y no la llevarás tú solo.
Sino hasta un mes de tiempo, hasta que os salga por las narices, y os sea en aborrecimiento: por cuanto menospreciasteis á Jehová que está en medio de vosotros, y llorasteis delante de él, diciendo: ¿Para qué salimos acá de Egipto?
Entonces Jehová respondió á Moisés: ¿Hase acortado la mano de Jehová? ahora verás si te sucede mi dicho, ó no.
Entonces Moisés y Aarón cayeron sobre sus rostros delante de toda la multitud de la congregación de los hijos de Israel.
Por tanto, no seáis rebeldes contra Jehová, ni temáis al pueblo de aquesta tierra, porque nuestro pan son: su amparo se ha apartado de ellos, y con nosotros está Jehová: no los temáis.
Ahora, pues, yo te ruego que sea magnificada la fortaleza del Señor, como lo hablaste, diciendo:
Ahora bien, el Amalecita y el Cananeo habitan en el valle; volveos mañana, y partíos al desierto, camino del mar Bermejo.
Habla á los hijos de Israel, y diles: Cuando hubiereis entrado en la tierra á la cual yo os llevo,
El natural entre los hijos de Israel, y el peregrino que habitare entre ellos, una misma ley tendréis para el que hiciere algo por yerro.
Para que os acordéis, y hagáis todos mis mandamientos, y seáis santos á vuestro Dios.
Y poned fuego en ellos, y poned en ellos sahumerio delante de Jehová mañana; y será que el varón á quien Jehová escogiere, aquél será el santo: básteos esto, hijos de Leví.
Entonces Jehová habló á Moisés, diciendo:
Y Moisés se levantó, y fué á Dathán y á Abiram; y los ancianos de Israel fueron en pos de él.
Y ellos, con todo lo que tenían, descendieron vivos al abismo, y cubriólos la tierra, y perecieron de en medio de la congregación.
Y el sacerdote Eleazar tomó los incensarios de metal con que los quemados habían ofrecido; y extendiéronlos para cubrir el altar,
Y vinieron Moisés y Aarón delante del tabernáculo del testimonio.
Después se volvió Aarón á Moisés á la puerta del tabernáculo del testimonio, cuando la mortandad había cesado.
Y Moisés puso las varas delante de Jehová en el tabernáculo del testimonio.
Y tendréis la guarda del santuario, y la guarda del altar, para que no sea más la ira sobre los hijos de Israel.
Y la carne de ellos será tuya: como el pecho de la mecedura y como la espaldilla derecha, será tuya.
Así hablarás á los Levitas, y les dirás: Cuando tomareis de los hijos de Israel los diezmos que os he dado de ellos por vuestra heredad, vosotros presentaréis de ellos en ofrenda mecida á Jehová el diezmo de los diezmos.
Y cuando vosotros hubiereis ofrecido de ello lo mejor suyo, no llevaréis por ello pecado: y no habéis de contaminar las cosas santas de los hijos de Israel, y no moriréis.
Luego tomará el sacerdote palo de cedro, é hisopo, y escarlata, y lo echará en medio del fuego en que arde la vaca.
Y un hombre limpio recogerá las cenizas de la vaca, y las pondrá fuera del campo en lugar limpio, y las guardará la congregación de los hijos de Israel para el agua de separación: es una expiación.
¿Y por qué nos has hecho subir de Egipto, para traernos á este mal lugar? No es lugar de sementera, de higueras, de viñas, ni granadas: ni aun de agua para beber.
Y Jehová habló á Moisés y Aarón en el monte de Hor, en los confines de la tierra de Edom, diciendo:
Y haz desnudar á Aarón sus vestidos, y viste de ellos á Eleazar su hijo; porque Aarón será reunido á sus pueblos, y allí morirá.
Y OYENDO el Cananeo, el rey de Arad, el cual habitaba al mediodía, que venía Israel por el camino de los centinelas, peleó con Israel, y tomó de él presa.
Y Moisés hizo una serpiente de metal, y púsola sobre la bandera: y fué, que cuando alguna serpiente mordía á alguno, miraba á la serpiente de metal, y vivía.
Y á la corriente de los arroyos que va á parar en Ar, y descansa en el término de Moab.
Entonces cantó Israel esta canción: Sube, oh pozo; á él cantad:
¡Ay de ti, Moab! Perecido has, pueblo de Chêmos: puso sus hijos en huída, y sus hijas en cautividad, por Sehón rey de los Amorrheos.
Mas devastamos el reino de ellos; pereció Hesbón hasta Dibón, y destruimos hasta Nopha y Medeba.
Y fueron los ancianos de Moab, y los ancianos de Madián, con las dádivas de adivinación en su mano, y llegaron á Balaam, y le dijeron las palabras de Balac.
Y tornó Balac á enviar otra vez más príncipes, y más honorables que los otros.
Los cuales vinieron á Balaam, y dijéronle: Así dice Balac, hijo de Zippor: Ruégote que no dejes de venir á mí:
Y Balac dijo á Balaam: ¿No envié yo á ti á llamarte? ¿por qué no has venido á mí? ¿no puedo yo honrarte?
Y Balaam respondió á Balac: He aquí yo he venido á ti: mas ¿podré ahora hablar alguna cosa? La palabra que Dios pusiere en mi boca, esa hablaré.
Y fué Balaam con Balac, y vinieron á la ciudad de Husoth.
¿Por qué maldeciré yo al que Dios no maldijo? ¿y por qué he de execrar al que Jehová no ha execrado?
Porque de la cumbre de las peñas lo veré, y desde los collados lo miraré: he aquí un pueblo que habitará confiado, y no será contado entre las gentes.
Entonces él dijo á Balac: Ponte aquí junto á tu holocausto, y yo iré á encontrar á Dios allí.
Dios no es hombre, para que mienta; ni hijo de hombre para que se arrepienta: el dijo, ¿y no hará?; habló, ¿y no lo ejecutará?
Y fué tras el varón de Israel á la tienda, y alanceólos á ambos, al varón de Israel, y á la mujer por su vientre. Y cesó la mortandad de los hijos de Israel.
Y el nombre de la mujer Madianita muerta, era Cozbi, hija de Zur, príncipe de pueblos, padre de familia en Madián.
Hostilizaréis á los Madianitas, y los heriréis:
Rubén primogénito de Israel: los hijos de Rubén: Hanoc, del cual era la familia de los Hanochîtas; de Phallú, la familia de los Phalluitas;
Estas son las familias de los Simeonitas, veinte y dos mil y doscientos.
Y fueron los hijos de Judá por sus familias: de Sela, la familia de los Selaitas; de Phares, la familia de los Pharesitas; de Zera, la familia de los Zeraitas.
Estas son las familias de los Levitas: la familia de los Libnitas, la familia de los Hebronitas, la familia de los Mahalitas, la familia de los Musitas, la familia de los Coritas. Y Coath engendró á Amram.
Y entre estos ninguno hubo de los contados por Moisés y Aarón el sacerdote, los cuales contaron á los hijos de Israel en el desierto de Sinaí.
Pues fuisteis rebeldes á mi dicho en el desierto de Zin, en la rencilla de la congregación, para santificarme en las aguas á ojos de ellos. Estas son las aguas de la rencilla de Cades en el desierto de Zin.
Esto ofreceréis además del holocausto de la mañana, que es el holocausto continuo.
Los ofreceréis, además del holocausto continuo con sus presentes, y sus libaciones: sin defecto los tomaréis.
Y pelearon contra Madián, como Jehová lo mandó á Moisés, y mataron á todo varón.
Y llevaron cautivas los hijos de Israel las mujeres de los Madianitas, y sus chiquitos y todas sus bestias, y todos sus ganados; y arrebataron toda su hacienda.
Y Jehová habló á Moisés, diciendo:
Y fué la presa, el resto de la presa que tomaron los hombres de guerra, seiscientas y setenta y cinco mil ovejas,
Y en cuanto á personas, de mujeres que no habían conocido ayuntamiento de varón, en todas treinta y dos mil.
Y dijeron á Moisés: Tus siervos han tomado razón de los hombres de guerra que están en nuestro poder, y ninguno ha faltado de nosotros.
Y LOS hijos de Rubén y los hijos de Gad tenían una muy grande muchedumbre de ganado; los cuales viendo la tierra de Jazer y de Galaad, parecióles el país lugar de ganado.
Si os volviereis de en pos de él, él volverá otra vez á dejaros en el desierto, y destruiréis á todo este pueblo.
Porque no tomaremos heredad con ellos al otro lado del Jordán ni adelante, por cuanto tendremos ya nuestra heredad de estotra parte del Jordán al oriente.
Y hablaron los hijos de Gad y los hijos de Rubén á Moisés, diciendo: Tus siervos harán como mi señor ha mandado.
Y los hijos de Gad edificaron á Dibón, y á Ataroth, y á Aroer,
Y Moisés escribió sus salidas conforme á sus jornadas por mandato de Jehová. Estas, pues, son sus estancias con arreglo á sus partidas.
De Rameses partieron en el mes primero, á los quince días del mes primero: el segundo día de la pascua salieron los hijos de Israel con mano alta, á ojos de todos los Egipcios.
Estabanenterrando los Egipcios los que Jehová había muerto de ellos, á todo primogénito; habiendo Jehová hecho también juicios en sus dioses.
Y partidos de Kibroth-hataava, asentaron en Haseroth.
Y partidos de Libna, asentaron en Rissa.
Y partidos de Hasmona, asentaron en Moseroth.
Y partidos de Moseroth, asentaron en Bene-jaacán.
Y partidos de Bene-jaacán, asentaron en el monte de Gidgad.
Y saldrá este término á Ziphón, y serán sus remates en Hasar-enán: este os será el término del norte.
Dos tribus y media tomaron su heredad de esta parte del Jordán de Jericó al oriente, al nacimiento del sol.
Tomaréis también de cada tribu un príncipe, para dar la posesión de la tierra.
Habla á los hijos de Israel, y diles: Cuando hubiereis pasado el Jordán á la tierra de Canaán,
Pues en su ciudad de refugio deberá aquél habitar hasta que muera el gran sacerdote: y después que muriere el gran sacerdote, el homicida volverá á la tierra de su posesión.
Esto es lo que ha mandado Jehová acerca de las hijas de Salphaad, diciendo: Cásense como á ellas les pluguiere, empero en la familia de la tribu de su padre se casarán;
Once jornadas hay desde Horeb, camino del monte de Seir, hasta Cades-barnea.
Después que hirió á Sehón rey de los Amorrheos, que habitaba en Hesbón, y á Og rey de Basán, que habitaba en Astarot en Edrei:
Y me respondisteis, y dijisteis: Bueno es hacer lo que has dicho.
Y vosotros volveos, y partíos al desierto camino del mar Bermejo.
Y Jehová me dijo: Diles: No subáis, ni peleéis, pues no estoy entre vosotros; porque no seáis heridos delante de vuestros enemigos.
Compraréis de ellos por dinero las viandas, y comeréis; y también compraréis de ellos el agua, y beberéis:
Y en Seir habitaron antes los Horeos, á los cuales echaron los hijos de Esaú; y los destruyeron de delante de sí, y moraron en lugar de ellos; como hizo Israel en la tierra de su posesión que les dió Jehová.)
Hoy comenzaré á poner tu miedo y tu espanto sobre los pueblos debajo de todo el cielo; los cuales oirán tu fama, y temblarán, y angustiarse han delante de ti.
Y envié mensajeros desde el desierto de Cademoth á Sehón rey de Hesbón, con palabras de paz, diciendo:
(Los Sidonios llaman á Hermón Sirión; y los Amorrheos, Senir:)
Porque ¿qué gente grande hay que tenga los dioses cercanos á sí, como lo está Jehová nuestro Dios en todo cuanto le pedimos?
Porque no os corrompáis, y hagáis para vosotros escultura, imagen de figura alguna, efigie de varón ó hembra,
Figura de ningún animal que vaya arrastrando por la tierra, figura de pez alguno que haya en el agua debajo de la tierra:
Para que huyese allí el homicida que matase á su prójimo por yerro, sin haber tenido enemistad con él desde ayer ni antes de ayer; y que huyendo á una de estas ciudades salvara la vida:
A Beser en el desierto, en tierra de la llanura, de los Rubenitas; y á Ramoth en Galaad, de los Gaditas; y á Golán en Basán, de los de Manasés.
No andaréis en pos de dioses ajenos, de los dioses de los pueblos que están en vuestros contornos:
Y te amará, y te bendecirá, y te multiplicará, y bendecirá el fruto de tu vientre, y el fruto de tu tierra, y tu grano, y tu mosto, y tu aceite, la cría de tus vacas, y los rebaños de tus ovejas, en la tierra que juró á tus padres que te daría.
Porque Jehová tu Dios te introduce en la buena tierra, tierra de arroyos, de aguas, de fuentes, de abismos que brotan por vegas y montes;
Que quizá no comas y te hartes, y edifiques buenas casas en que mores,
Y miré, y he aquí habíais pecado contra Jehová vuestro Dios: os habíais hecho un becerro de fundición, apartándoos presto del camino que Jehová os había mandado.
Y tomé vuestro pecado, el becerro que habíais hecho, y quemélo en el fuego, y lo desmenucé moliéndole muy bien, hasta que fué reducido á polvo: y eché el polvo de él en el arroyo que descendía del monte.
Rebeldes habéis sido á Jehová desde el día que yo os conozco.
Postréme, pues, delante de Jehová cuarenta días y cuarenta noches que estuve postrado; porque Jehová dijo que os había de destruir.
Porque no digan los de la tierra de donde nos sacaste: Por cuanto no pudo Jehová introducirlos en la tierra que les había dicho, ó porque los aborrecía, los sacó para matarlos en el desierto.
E hice un arca de madera de Sittim, y labré dos tablas de piedra como las primeras, y subí al monte con las dos tablas en mi mano.
He aquí, de Jehová tu Dios son los cielos, y los cielos de los cielos: la tierra, y todas las cosas que hay en ella.
AMARÁS pues á Jehová tu Dios, y guardarás su ordenanza, y sus estatutos y sus derechos y sus mandamientos, todos los días.
Daré también hierba en tu campo para tus bestias; y comerás, y te hartarás.
Todo lugar que pisare la planta de vuestro pie, será vuestro: desde el desierto y el Líbano, desde el río, el río Eufrates, hasta la mar postrera será vuestro término.
Y comeréis allí delante de Jehová vuestro Dios, y os alegraréis, vosotros y vuestras familias, en toda obra de vuestras manos en que Jehová tu Dios te hubiere bendecido.
Estos son los animales que comeréis: el buey, la oveja, y la cabra,
Y no desampararás al Levita que habitare en tus poblaciones; porque no tiene parte ni heredad contigo.
Sin falta le darás, y no sea tu corazón maligno cuando le dieres: que por ello te bendecirá Jehová tu Dios en todos tus hechos, y en todo lo que pusieres mano.
En tus poblaciones lo comerás: el inmundo lo mismo que el limpio comerán de él, como de un corzo ó de un ciervo.
No podrás sacrificar la pascua en ninguna de tus ciudades, que Jehová tu Dios te da;
Seis días comerás ázimos, y el séptimo día será solemnidad á Jehová tu Dios: no harás obra en él.
Y el hombre que procediere con soberbia, no obedeciendo al sacerdote que está para ministrar allí delante de Jehová tu Dios, ó al juez, el tal varón morirá: y quitarás el mal de Israel.
No tendrán, pues, heredad entre sus hermanos: Jehová es su heredad, como él les ha dicho.
Las primicias de tu grano, de tu vino, y de tu aceite, y las primicias de la lana de tus ovejas le darás:
Cuando hubieres entrado en la tierra que Jehová tu Dios te da, no aprenderás á hacer según las abominaciones de aquellas gentes.
Te apartarás tres ciudades en medio de tu tierra que Jehová tu Dios te da para que la poseas.
Y los que quedaren oirán, y temerán, y no volverán más á hacer una mala cosa como ésta, en medio de ti.
Y les dirá: Oye, Israel, vosotros os juntáis hoy en batalla contra vuestros enemigos: no se ablande vuestro corazón, no temáis, no os azoréis, ni tampoco os desalentéis delante de ellos;
Que Jehová vuestro Dios anda con vosotros, para pelear por vosotros contra vuestros enemigos, para salvaros.
Expía á tu pueblo Israel, al cual redimiste, oh Jehová; y no imputes la sangre inocente derramada en medio de tu pueblo Israel. Y la sangre les será perdonada.
Y tú quitarás la culpa de sangre inocente de en medio de ti, cuando hicieres lo que es recto en los ojos de Jehová.
Y se quitará el vestido de su cautiverio, y quedaráse en tu casa: y llorará á su padre y á su madre el tiempo de un mes: y después entrarás á ella, y tu serás su marido, y ella tu mujer.
Entonces tomarlo han su padre y su madre, y lo sacarán á los ancianos de su ciudad, y á la puerta del lugar suyo;
No verás el asno de tu hermano, ó su buey, caídos en el camino, y te esconderás de ellos: con él has de procurar levantarlos.
No te vestirás de mistura, de lana y lino juntamente.
Entonces los ancianos de la ciudad tomarán al hombre y lo castigarán;
Cuando dieres á tu prójimo alguna cosa emprestada, no entrarás en su casa para tomarle prenda:
Fuera estarás, y el hombre á quien prestaste, te sacará afuera la prenda.
No hagas agravio al jornalero pobre y menesteroso, así de tus hermanos como de tus extranjeros que están en tu tierra en tus ciudades:
Cuando algunos riñeren juntos el uno con el otro, y llegare la mujer del uno para librar á su marido de mano del que le hiriere, y metiere su mano y le trabare de sus vergüenzas;
Porque abominación es á Jehová tu Dios cualquiera que hace esto, cualquiera que hace agravio.
Acuérdate de lo que te hizo Amalec en el camino, cuando salisteis de Egipto:
Y SERÁ que, cuando hubieres entrado en la tierra que Jehová tu Dios te da por heredad, y la poseyeres, y habitares en ella;
Y los Egipcios nos maltrataron, y nos afligieron, y pusieron sobre nosotros dura servidumbre.
No he comido de ello en mi luto, ni he sacado de ello en inmundicia, ni de ello he dado para mortuorio: he obedecido á la voz de Jehová mi Dios, he hecho conforme á todo lo que me has mandado.
Y estos estarán para pronunciar la maldición en el de Ebal: Rubén, Gad, y Aser, y Zabulón, Dan, y Nephtalí.
Maldito el que torciere el derecho del extranjero, del huérfano, y de la viuda. Y dirá todo el pueblo: Amén.
Enviará Jehová contigo la bendición en tus graneros, y en todo aquello en que pusieres tu mano; y te bendecirá en la tierra que Jehová tu Dios te da.
Si no cuidares de poner por obra todas las palabras de aquesta ley que están escritas en este libro, temiendo este nombre glorioso y terrible, JEHOVÁ TU DIOS,
Asimismo toda enfermedad y toda plaga que no está escrita en el libro de esta ley, Jehová la enviará sobre ti, hasta que tú seas destruído.
Y Jehová te esparcirá por todos los pueblos, desde el un cabo de la tierra hasta el otro cabo de ella; y allí servirás á dioses ajenos que no conociste tú ni tus padres, al leño y á la piedra.
Vuestros niños, vuestras mujeres, y tus extranjeros que habitan en medio de tu campo, desde el que corta tu leña hasta el que saca tus aguas:
Y habéis visto sus abominaciones, y sus ídolos, madera y piedra, plata y oro, que tienen consigo.
Y dirá la generación venidera, vuestros hijos que vendrán después de vosotros, y el extranjero que vendrá de lejanas tierras, cuando vieren las plagas de aquesta tierra, y sus enfermedades de que Jehová la hizo enfermar,
Y hacerte ha Jehová tu Dios abundar en toda obra de tus manos, en el fruto de tu vientre, en el fruto de tu bestia, y en el fruto de tu tierra, para bien: porque Jehová volverá á gozarse sobre ti para bien, de la manera que se gozó sobre tus padres;
Ni está de la otra parte de la mar, para que digas: ¿Quién pasará por nosotros la mar, para que nos lo traiga y nos lo represente, á fin de que lo cumplamos?
Porque yo te mando hoy que ames á Jehová tu Dios, que andes en sus caminos, y guardes sus mandamientos y sus estatutos y sus derechos, para que vivas y seas multiplicado, y Jehová tu Dios te bendiga en la tierra á la cual entras para poseerla.
Mas si tu corazón se apartare, y no oyeres, y fueres incitado, y te inclinares á dioses ajenos, y los sirvieres;
Y díjoles: De edad de ciento y veinte años soy hoy día; no puedo más salir ni entrar: á más de esto Jehová me ha dicho: No pasarás este Jordán.
Empero yo esconderé ciertamente mi rostro en aquel día, por todo el mal que ellos habrán hecho, por haberse vuelto á dioses ajenos.
La corrupción no es suya: á sus hijos la mancha de ellos, generación torcida y perversa.
¿Así pagáis á Jehová, pueblo loco é ignorante? ¿no es él tu padre que te poseyó? él te hizo y te ha organizado.
Cuando el Altísimo hizo heredar á las gentes, cuando hizo dividir los hijos de los hombres, estableció los términos de los pueblos según el número de los hijos de Israel.
Y engrosó Jeshurun, y tiró coces: engordástete, engrosástete, cubrístete: y dejó al Dios que le hizo, y menospreció la Roca de su salud.
Por cuanto prevaricasteis contra mí en medio de los hijos de Israel en las aguas de la rencilla de Cades, en el desierto de Zin; porque no me santificasteis en medio de los hijos de Israel.
Y ESTA es la bendición con la cual bendijo Moisés varón de Dios á los hijos de Israel, antes que muriese.
Y á Gad dijo: Bendito el que hizo ensanchar á Gad: como león habitará, y arrebatará brazo y testa.
Y era Moisés de edad de ciento y veinte años cuando murió: sus ojos nunca se oscurecieron, ni perdió su vigor.
Y ACONTECIÓ después de la muerte de Moisés siervo de Jehová, que Jehová habló á Josué hijo de Nun, ministro de Moisés, diciendo:
También habló Josué á los Rubenitas y Gaditas, y á la media tribu de Manasés, diciendo:
Entonces respondieron á Josué, diciendo: Nosotros haremos todas las cosas que nos has mandado, é iremos adonde quiera que nos mandares.
Cualquiera que fuere rebelde á tu mandamiento, y no obedeciere á tus palabras en todas las cosas que le mandares, que muera; solamente que te esfuerces, y seas valiente.
Y al cerrarse la puerta, siendo ya oscuro, esos hombres se salieron, y no sé á dónde se han ido: seguidlos apriesa, que los alcanzaréis.
Mas antes que ellos durmiesen, ella subió á ellos al terrado, y díjoles:
Ruégoos pues ahora, me juréis por Jehová, que como he hecho misericordia con vosotros, así la haréis vosotros con la casa de mi padre, de lo cual me daréis una señal cierta;
He aquí, cuando nosotros entráremos en la tierra, tú atarás este cordón de grana á la ventana por la cual nos descolgaste: y tú juntarás en tu casa tu padre y tu madre, tus hermanos y toda la familia de tu padre.
Y dijeron á Josué: Jehová ha entregado toda la tierra en nuestras manos; y también todos los moradores del país están desmayados delante de nosotros.
Empero entre vosotros y ella haya distancia como de la medida de dos mil codos: y no os acercaréis á ella, á fin de que sepáis el camino por donde habéis de ir: por cuanto vosotros no habéis pasado antes de ahora por este camino.
Mas los sacerdotes que llevaban el arca del pacto de Jehová, estuvieron en seco, firmes en medio del Jordán, hasta que todo el pueblo hubo acabado de pasar el Jordán; y todo Israel pasó en seco.
Y mandadles, diciendo: Tomaos de aquí del medio del Jordán, del lugar donde están firmes los pies de los sacerdotes, doce piedras, las cuales pasaréis con vosotros, y las asentaréis en el alojamiento donde habéis de tener la noche.
Les responderéis: Que las aguas del Jordán fueron partidas delante del arca del pacto de Jehová; cuando ella pasó el Jordán, las aguas del Jordán se partieron: y estas piedras serán por memoria á los hijos de Israel para siempre.
Y Jehová habló á Josué, diciendo:
El arca pues de Jehová dió una vuelta alrededor de la ciudad, y viniéronse al real, en el cual tuvieron la noche.
Y como los sacerdotes hubieron tocado las bocinas la séptima vez, Josué dijo al pueblo: Dad grita, porque Jehová os ha entregado la ciudad.
Y subieron allá del pueblo como tres mil hombres, los cuales huyeron delante de los de Hai.
Israel ha pecado, y aun han quebrantado mi pacto que yo les había mandado; pues aun han tomado del anatema, y hasta han hurtado, y también han mentido, y aun lo han guardado entre sus enseres.
Os allegaréis, pues, mañana por vuestras tribus; y la tribu que Jehová tomare, se allegará por sus familias; y la familia que Jehová tomare, se allegará por sus casas; y la casa que Jehová tomare, allegaráse por los varones;
Y dijo Josué: ¿Por qué nos has turbado? Túrbete Jehová en este día. Y todos los Israelitas los apedrearon, y los quemaron á fuego, después de apedrearlos con piedras;
Entonces Josué y todo Israel, haciéndose vencidos, huyeron delante de ellos por el camino del desierto.
Y tomaron vivo al rey de Hai, y trajéronle á Josué.
Y el número de los que cayeron aquel día, hombres y mujeres, fué doce mil, todos los de Hai.
Mas todos los príncipes respondieron á toda la congregación: Nosotros les hemos jurado por Jehová Dios de Israel; por tanto, ahora no les podemos tocar.
Esto haremos con ellos: les dejaremos vivir, porque no venga ira sobre nosotros á causa del juramento que les hemos hecho.
Envió pues á decir Adonisedec rey de Jerusalem, á Oham rey de Hebrón, y á Phiream rey de Jerimoth, y á Japhia rey de Lachîs, y á Debir rey de Eglón:
Y cinco reyes de los Amorrheos, el rey de Jerusalem, el rey de Hebrón, el rey de Jerimoth, el rey de Lachîs, el rey de Eglón, se juntaron y subieron, ellos con todos sus ejércitos, y asentaron campo sobre Gabaón, y pelearon contra ella.
Y Josué, y todo Israel con él, volvíase al campo en Gilgal.
Entonces dijo Josué: Abrid la boca de la cueva, y sacadme de ella á estos cinco reyes.
Y cuando hubieron sacado estos reyes á Josué, llamó Josué á todos los varones de Israel, y dijo á los principales de la gente de guerra que habían venido con él: Llegad y poned vuestros pies sobre los pescuezos de aquestos reyes. Y ellos se llegaron, y pusieron sus pies sobre los pescuezos de ellos.
Y Jehová entregó á Lachîs en mano de Israel, y tomóla al día siguiente, y metióla á cuchillo, con todo lo que en ella había vivo, como había hecho en Libna.
Y volviéndose Josué, y todo Israel con él, sobre Debir, combatióla;
No hubo ciudad que hiciese paz con los hijos de Israel, sacados los Heveos, que moraban en Gabaón: todo lo tomaron por guerra.
Porque esto vino de Jehová, que endurecía el corazón de ellos para que resistiesen con guerra á Israel, para destruirlos, y que no les fuese hecha misericordia, antes fuesen desarraigados, como Jehová lo había mandado á Moisés.
El rey de Tappua, otro: el rey de Hepher, otro:
Al mediodía toda la tierra de los Cananeos, y Mehara que es de los Sidonios, hasta Aphec, hasta el término del Amorrheo;
Dió, pues, Moisés á la tribu de los hijos de Rubén conforme á sus familias:
Hesbón, con todas sus villas que están en la llanura; Dibón, y Bamoth-baal, y Beth-baal-meón;
Dió asimismo Moisés á la tribu de Gad, á los hijos de Gad, conforme á sus familias.
Y la campiña de Beth-aram, y Beth-nimra, y Sucoth, y Saphón, resto del reino de Sehón, rey en Hesbón: el Jordán y su término hasta el cabo de la mar de Cinnereth de la otra parte del Jordán al oriente.
Y su término de la parte del mediodía fué desde la costa del mar Salado, desde la lengua que mira hacia el mediodía;
El término del oriente es el mar Salado hasta el fin del Jordán. Y el término de la parte del norte, desde la lengua del mar, desde el fin del Jordán:
Y Caleb echó de allí tres hijos de Anac, á Sesai, Aiman, y Talmai, hijos de Anac.
De aquí subió á los que moraban en Debir: y el nombre de Debir era antes Chîriath-sepher.
Amam, y Sema, y Molada,
Libna, y Ether, y Asán,
En el desierto, Beth-araba, Middín, y Sechâchâ,
Pero Salphaad, hijo de Hepher, hijo de Galaad, hijo de Machîr, hijo de Manasés, no tuvo hijos, sino hijas, los nombres de las cuales son estos: Maala, Noa, Hogla, Milchâ, y Tirsa.
Porque las hijas de Manasés poseyeron herencia entre sus hijos: y la tierra de Galaad fué de los otros hijos de Manasés.
Levantándose pues aquellos varones, fueron: y mandó Josué á los que iban para delinear la tierra, diciéndoles: Id, recorred la tierra, y delineadla, y tornad á mí, para que yo os eche las suertes aquí delante de Jehová en Silo.
Y desciende aqueste término al cabo del monte que está delante del valle del hijo de Hinnom, que está en la campiña de los gigantes hacia el norte: desciende luego al valle de Hinnom, al lado del Jebuseo al mediodía, y de allí desciende á la fuente de Rogel:
Y su término sube hasta la mar y hasta Merala, y llega hasta Dabbe-seth, y de allí llega al arroyo que está delante de Jocneam;
Esta es la heredad de la tribu de los hijos de Dan conforme á sus familias; estas ciudades con sus aldeas.
Y salió la suerte por las familias de los Coathitas; y fueron dadas por suerte á los hijos de Aarón sacerdote, que eran de los Levitas, por la tribu de Judá, por la de Simeón y por la de Benjamín, trece villas.
Sino para que sea un testimonio entre nosotros y vosotros, y entre los que vendrán después de nosotros, de que podemos hacer el servicio de Jehová delante de él con nuestros holocaustos, con nuestros sacrificios, y con nuestros pacíficos; y no digan mañana vuestros hijos á los nuestros: Vosotros no tenéis parte en Jehová.
Y dijo Phinees hijo del sacerdote Eleazar, á los hijos de Rubén, á los hijos de Gad, y á los hijos de Manasés: Hoy hemos entendido que Jehová está entre nosotros, pues que no habéis intentado esta traición contra Jehová. Ahora habéis librado á los hijos de Israel de la mano de Jehová.
Y los hijos de Rubén y los hijos de Gad pusieron por nombre al altar Ed; porque es testimonio entre nosotros que Jehová es Dios.
Y vosotros habéis visto todo lo que Jehová vuestro Dios ha hecho con todas estas gentes en vuestra presencia; porque Jehová vuestro Dios ha peleado por vosotros.
Y JUNTANDO Josué todas las tribus de Israel en Sichêm, llamó á los ancianos de Israel, y á sus príncipes, á sus jueces, y á sus oficiales; y presentáronse delante de Dios.
Y dijo Josué á todo el pueblo: Así dice Jehová, Dios de Israel: Vuestros padres habitaron antiguamente de esotra parte del río, es á saber, Tharé, padre de Abraham y de Nachôr; y servían á dioses extraños.
Y yo envié á Moisés y á Aarón, y herí á Egipto, al modo que lo hice en medio de él, y después os saqué.
Y enterráronlo en el término de su posesión en Timnath-sera, que está en el monte de Ephraim, al norte del monte de Gaas.
También los de la casa de José subieron á Beth-el; y fué Jehová con ellos.
Y tampoco oyeron á sus jueces, sino que fornicaron tras dioses ajenos, á los cuales adoraron: apartáronse bien presto del camino en que anduvieron sus padres obedeciendo á los mandamientos de Jehová; mas ellos no hicieron así.
Así los hijos de Israel habitaban entre los Cananeos, Hetheos, Amorrheos, Pherezeos, Heveos, y Jebuseos:
Y Aod se había hecho un puñal de dos filos, de un codo de largo; y ciñósele debajo de sus vestidos á su lado derecho.
Y como hubo entrado, tocó el cuerno en el monte de Ephraim, y los hijos de Israel descendieron con él del monte, y él iba delante de ellos.
Entonces Débora dijo á Barac: Levántate; porque este es el día en que Jehová ha entregado á Sísara en tus manos. ¿No ha salido Jehová delante de ti? Y Barac descendió del monte de Tabor, y diez mil hombres en pos de él.
Y Jehová desbarató á Sísara, y á todos sus carros y á todo su ejército, á filo de espada delante de Barac: y Sísara descendió del carro, y huyó á pie.
Y Sísara se acogió á pie á la tienda de Jael mujer de Heber Cineo; porque había paz entre Jabín rey de Asor y la casa de Heber Cineo.
Y saliendo Jael á recibir á Sísara, díjole: Ven, señor mío, ven á mí, no tengas temor. Y él vino á ella á la tienda, y ella le cubrió con una manta.
Lejos del ruido de los archeros, en los abrevaderos, allí repetirán las justicias de Jehová, las justicias de sus villas en Israel; entonces bajará el pueblo de Jehová á las puertas.
Despierta, despierta, Débora; despierta, despierta, profiere un cántico. Levántate, Barac, y lleva tus cautivos, hijo de Abinoam.
De Ephraim salió su raíz contra Amalec tras ti, Benjamín, contra tus pueblos; de Machîr descendieron príncipes, y de Zabulón los que solían manejar punzón de escribiente.
Pues como los de Israel habían sembrado, subían los Madianitas, y Amalecitas, y los orientales: subían contra ellos;
Jehová envió un varón profeta á los hijos de Israel, el cual les dijo: Así ha dicho Jehová Dios de Israel: Yo os hice salir de Egipto, y os saqué de la casa de servidumbre:
Y extendiendo el ángel de Jehová el bordón que tenía en su mano, tocó con la punta en la carne y en los panes sin levadura; y subió fuego de la peña, el cual consumió la carne y los panes sin levadura. Y el ángel de Jehová desapareció de delante de él.
Y edificó allí Gedeón altar á Jehová, al que llamó Jehová-salom: está hasta hoy en Ophra de los Abiezeritas.
Saca fuera tu hijo para que muera, por cuanto ha derribado el altar de Baal y ha cortado el bosque que junto á él estaba.
Y envió mensajeros por todo Manasés, el cual también se juntó con él: asimismo envió mensajeros á Aser, y á Zabulón, y á Nephtalí, los cuales salieron á encontrarles.
Mas Gedeón dijo á Dios: No se encienda tu ira contra mí, si aun hablare esta vez: solamente probaré ahora otra vez con el vellón. Ruégote que la sequedad sea sólo en el vellón, y el rocío sobre la tierra.
Haz pues ahora pregonar, que lo oiga el pueblo, diciendo: El que teme y se estremece, madrugue y vuélvase desde el monte de Galaad. Y volviéronse de los del pueblo veintidós mil: y quedaron diez mil.
Y tomaron dos príncipes de los Madianitas, Oreb y Zeeb: y mataron á Oreb en la peña de Oreb, y á Zeeb lo mataron en el lagar de Zeeb: y después que siguieron á los Madianitas, trajeron las cabezas de Oreb y de Zeeb á Gedeón de la otra parte del Jordán.
Y los Israelitas dijeron á Gedeón: Sé nuestro señor, tú, y tu hijo, y tu nieto; pues que nos has librado de mano de Madián.
Y murió Gedeón hijo de Joas en buena vejez, y fué sepultado en el sepulcro de su padre Joas, en Ophra de los Abiezeritas.
Envió Dios un espíritu malo entre Abimelech y los hombres de Sichêm: que los de Sichêm se levantaron contra Abimelech:
Y Gaal hijo de Ebed dijo: ¿Quién es Abimelech y qué es Sichêm, para que nosotros á él sirvamos? ¿no es hijo de Jerobaal? ¿y no es Zebul su asistente? Servid á los varones de Hemor padre de Sichêm: mas ¿por qué habíamos de servir á él?
Levantándose pues de noche Abimelech y todo el pueblo que con él estaba, pusieron emboscada contra Sichêm con cuatro compañías.
Y vino Abimelech á la torre, y combatiéndola, llegóse á la puerta de la torre para pegarle fuego.
Y Jehová respondió á los hijos de Israel: ¿No habéis sido oprimidos de Egipto, de los Amorrheos, de los Ammonitas, de los Filisteos,
De los de Sidón, de Amalec, y de Maón, y clamando á mí os he librado de sus manos?
Y los príncipes y el pueblo de Galaad dijeron el uno al otro: ¿Quién será el que comenzará la batalla contra los hijos de Ammón? él será cabeza sobre todos los que habitan en Galaad.
Y la mujer de Galaadtambiénle había parido hijos; los cuales cuando fueron grandes, echaron fuera á Jephté, diciéndole: No heredarás en la casa de nuestro padre, porque eres bastardo.
Y aconteció que después de días los hijos de Ammón hicieron guerra contra Israel:
Jephté entonces dijo á los ancianos de Galaad: Si me volvéis para que pelee contra los hijos de Ammón, y Jehová los entregare delante de mí, ¿seré yo vuestra cabeza?
Y Jephté tornó á enviar otros embajadores al rey de los Ammonitas,
Después, yendo por el desierto, rodeó la tierra de Edom y la tierra de Moab, y viniendo por el lado oriental de la tierra de Moab, asentó su campo de estotra parte de Arnón, y no entraron por el término de Moab: porque Arnón término es de Moab.
¿Eres tú ahora en algo mejor que Balac hijo de Sephor, rey de Moab? ¿tuvo él cuestión contra Israel, ó hizo guerra contra ellos?
Y los hirió de grandísimo estrago desde Aroer hasta llegar á Minnith, veinte ciudades; y hasta la vega de las viñas. Así fueron domeñados los Ammonitas delante de los hijos de Israel.
Y Jephté juzgó á Israel seis años: luego murió Jephté Galaadita, y fué sepultado en una de las ciudades de Galaad.
Y murió Ibzan, y fué sepultado en Beth-lehem.
Este tuvo cuarenta hijos y treinta nietos, que cabalgaban sobre setenta asnos: y juzgó á Israel ocho años.
Y LOS hijos de Israel tornaron á hacer lo malo en los ojos de Jehová; y Jehová los entregó en mano de los Filisteos, por cuarenta años.
Porque tú te harás embarazada, y parirás un hijo: y no subirá navaja sobre su cabeza, porque aquel niño será Nazareo á Dios desde el vientre, y él comenzará á salvar á Israel de mano de los Filisteos.
Y ACONTECIÓ después de días, que en el tiempo de la siega del trigo, Samsón visitó á su mujer con un cabrito, diciendo: Entraré á mi mujer á la cámara. Mas el padre de ella no lo dejó entrar.
E hiriólos pierna y muslo con gran mortandad; y descendió, y fijóse en la cueva de la peña de Etam.
Y juzgó á Israel en días de los Filisteos veinte años.
Mas Samsón durmió hasta la media noche; y á la media noche se levantó, y tomando las puertas de la ciudad con sus dos pilares y su cerrojo, echóselas al hombro, y fuése, y subióse con ellas á la cumbre del monte que está delante de Hebrón.
Entonces aquellos cinco hombres se partieron, y vinieron á Lais: y vieron que el pueblo que habitaba en ella estaba seguro, ocioso y confiado, conforme á la costumbre de los de Sidón; no había nadie en aquella región que los perturbase en cosa alguna para poseer aquel estado; demás de esto, estaban lejos de los Sidonios, y no tenían negocios con nadie.
Y levantándose contra mí los de Gabaa, cercaron sobre mí la casa de noche, con idea de matarme, y oprimieron mi concubina de tal manera, que ella fué muerta.
Levantáronse luego los hijos de Israel, y subieron á la casa de Dios, y consultaron á Dios, diciendo: ¿Quién subirá de nosotros el primero en la guerra contra los hijos de Benjamín? Y Jehová respondió: Judá el primero.
Y saliendo los hijos de Benjamín contra el pueblo, alejados que fueron de la ciudad, comenzaron á herir algunos del pueblo, matando como las otras veces por los caminos, uno de los cuales sube á Beth-el, y el otro á Gabaa en el campo: y mataron unos treinta hombres de Israel.
Y vinieron contra Gabaa diez mil hombres escogidos de todo Israel, y la batalla comenzó á agravarse: mas ellos no sabían que el mal se acercaba sobre ellos.
Luego, pues, que los de Israel se volvieron en la batalla, los de Benjamín comenzaron á derribar heridos de Israel unos treinta hombres, y ya decían: Ciertamente ellos han caído delante de nosotros, como en la primera batalla.
¿Qué haremos en cuanto á mujeres para los que han quedado? Nosotros hemos jurado por Jehová que no les hemos de dar nuestras hijas por mujeres.
Y hallaron de los moradores de Jabes-galaad cuatrocientas doncellas que no habían conocido hombre en ayuntamiento de varón, y trajéronlas al campo en Silo, que es en la tierra de Canaán.
Entonces los ancianos de la congregación dijeron: ¿Qué haremos acerca de mujeres para los que han quedado? Porque el sexo de las mujeres había sido raído de Benjamín.
Y estad atentos: y cuando viereis salir las hijas de Silo á bailar en corros, vosotros saldréis de las viñas, y arrebataréis cada uno mujer para sí de las hijas de Silo, y os iréis á tierra de Benjamín:
Y Noemi respondió: Volveos, hijas mías: ¿para qué habéis de ir conmigo? ¿tengo yo más hijos en el vientre, que puedan ser vuestros maridos?
Mas ellas alzando otra vez su voz, lloraron: y Orpha besó á su suegra, mas Ruth se quedó con ella.
Y Ruth Moabita dijo: A más de esto me ha dicho: Júntate con mis criados, hasta que hayan acabado toda mi siega.
¿No es Booz nuestro pariente, con cuyas mozas tú has estado? He aquí que él avienta esta noche la parva de las cebadas.
Te lavarás pues, y te ungirás, y vistiéndote tus vestidos, pasarás á la era; mas no te darás á conocer al varón hasta que él haya acabado de comer y de beber.
Entonces él dijo: ¿Quién eres? Y ella respondió: Yo soy Ruth tu sierva: extiende el borde de tu capa sobre tu sierva, por cuanto eres pariente cercano.
Había ya de largo tiempo esta costumbre en Israel en la redención ó contrato, que para la confirmación de cualquier negocio, el uno se quitaba el zapato y lo daba á su compañero: y este era el testimonio en Israel.
Y Booz dijo á los ancianos y á todo el pueblo: Vosotros sois hoy testigos de que tomo todas las cosas que fueron de Elimelech, y todo lo que fué de Chelión y de Mahalón, de mano de Noemi;
Y así hacía cada año: cuando subía á la casa de Jehová, enojaba así á la otra; por lo cual ella lloraba, y no comía.
Mas los hijos de Eli eran hombres impíos, y no tenían conocimiento de Jehová.
Y hacíale su madre una túnica pequeña, y traíasela cada año, cuando subía con su marido á ofrecer el sacrificio acostumbrado.
Por tanto, Jehová el Dios de Israel dice: Yo había dicho que tu casa y la casa de tu padre andarían delante de mí perpetuamente; mas ahora ha dicho Jehová: Nunca yo tal haga, porque yo honraré á los que me honran, y los que me tuvieren en poco, serán viles.
He aquí vienen días, en que cortaré tu brazo, y el brazo de la casa de tu padre, que no haya viejo en tu casa.
Y te será por señal esto que acontecerá á tus dos hijos, Ophni y Phinees: ambos morirán en un día.
Y dijo Eli á Samuel: Ve, y acuéstate: y si te llamare, dirás: Habla, Jehová, que tu siervo oye. Así se fué Samuel, y acostóse en su lugar.
Así tornó Jehová á aparecer en Silo: porque Jehová se manifestó á Samuel en Silo con palabra de Jehová.
Y corriendo de la batalla un hombre de Benjamín, vino aquel día á Silo, rotos sus vestidos y tierra sobre su cabeza:
Y como Eli oyó el estruendo de la gritería, dijo: ¿Qué estruendo de alboroto es éste? Y aquel hombre vino apriesa, y dió las nuevas á Eli.
Y los que no morían, eran heridos de hemorroides; y el clamor de la ciudad subía al cielo.
Mas ¿por qué endurecéis vuestro corazón, como los Egipcios y Faraón endurecieron su corazón? Después que los hubo así tratado, ¿no los dejaron que se fuesen, y se fueron?
Y los Levitas bajaron el arca de Jehová, y la caja que estaba junto á ella, en la cual estaban las alhajas de oro, y pusiéronlas sobre aquella gran piedra: y los hombres de Beth-semes sacrificaron holocaustos y mataron víctimas á Jehová en aquel día.
Y juntándose en Mizpa, sacaron agua, y derramáronla delante de Jehová, y ayunaron aquel día, y dijeron allí: Contra Jehová hemos pecado. Y juzgó Samuel á los hijos de Israel en Mizpa.
Y dijéronle: He aquí tú has envejecido, y tus hijos no van por tus caminos: por tanto, constitúyenos ahora un rey que nos juzgue, como todas las gentes.
Y dijo Jehová á Samuel: Oye la voz del pueblo en todo lo que te dijeren: porque no te han desechado á ti, sino á mí me han desechado, para que no reine sobre ellos.
Tomará también vuestras hijas para que sean perfumadoras, cocineras, y amasadoras.
Diezmará también vuestro rebaño, y seréis sus siervos.
Y habíanse perdido las asnas de Cis, padre de Saúl; por lo que dijo Cis á Saúl su hijo: Toma ahora contigo alguno de los criados, y levántate, y ve á buscar las asnas.
Y él pasó al monte de Ephraim, y de allí á la tierra de Salisa, y no las hallaron. Pasaron luego por la tierra de Saalim, y tampoco. Después pasaron por la tierra de Benjamín, y no las encontraron.
Y Samuel respondió á Saúl, y dijo: Yo soy el vidente: sube delante de mí al alto, y comed hoy conmigo, y por la mañana te despacharé, y te descubriré todo lo que está en tu corazón.
TOMANDO entonces Samuel una ampolla de aceite, derramóla sobre su cabeza, y besólo, y díjole: ¿No te ha ungido Jehová por capitán sobre su heredad?
Y como de allí te fueres más adelante, y llegares á la campiña de Tabor, te saldrán al encuentro tres hombres que suben á Dios en Beth-el, llevando el uno tres cabritos, y el otro tres tortas de pan, y el tercero una vasija de vino:
Y el espíritu de Jehová te arrebatará, y profetizarás con ellos, y serás mudado en otro hombre.
Y cesó de profetizar, y llegó al alto.
Y haciendo allegar Samuel todas las tribus de Israel, fué tomada la tribu de Benjamín.
Entonces corrieron, y tomáronlo de allí, y puesto en medio del pueblo, desde el hombro arriba era más alto que todo el pueblo.
Y ellos clamaron á Jehová, y dijeron: Pecamos, que hemos dejado á Jehová, y hemos servido á los Baales y á Astaroth: líbranos pues ahora de la mano de nuestros enemigos, y te serviremos.
Y todo Israel oyó que se decía: Saúl ha herido la guarnición de los Filisteos; y también que Israel olía mal á los Filisteos. Y juntóse el pueblo en pos de Saúl en Gilgal.
Y cuando se hacían bocas en las rejas, ó en los azadones, ó en las horquillas, ó en las hachas; hasta para una ahijada que se hubiera de componer.
Y Jonathán dijo: He aquí, nosotros pasaremos á los hombres, y nos mostraremos á ellos.
Y los hombres de la guarnición respondieron á Jonathán y á su paje de armas, y dijeron: Subid á nosotros, y os haremos saber una cosa. Entonces Jonathán dijo á su paje de armas: Sube tras mí, que Jehová los ha entregado en la mano de Israel.
Empero Jonathán no había oído cuando su padre conjuró al pueblo, y alargó la punta de una vara que traía en su mano, y mojóla en un panal de miel, y llegó su mano á su boca; y sus ojos fueron aclarados.
Porque Cis padre de Saúl, y Ner padre de Abner, fueron hijos de Abiel.
Y Saúl y el pueblo perdonaron á Agag, y á lo mejor de las ovejas, y al ganado mayor, á los gruesos y á los carneros, y á todo lo bueno: que no lo quisieron destruir: mas todo lo que era vil y flaco destruyeron.
Entonces Saúl dijo á Samuel: Yo he pecado; que he quebrantado el dicho de Jehová y tus palabras: porque temí al pueblo, consentí á la voz de ellos. Perdona pues ahora mi pecado,
Hizo pues Samuel como le dijo Jehová: y luego que él llegó á Beth-lehem, los ancianos de la ciudad le salieron á recibir con miedo, y dijeron: ¿Es pacífica tu venida?
Y sobre sus piernas traía grebas de hierro, y escudo de acero á sus hombros.
Venía pues aquel Filisteo por la mañana y á la tarde, y presentóse por cuarenta días.
Y David respondió á Saúl: Tu siervo era pastor en las ovejas de su padre, y venía un león, ó un oso, y tomaba algún cordero de la manada,
Entonces dijo David al Filisteo: Tú vienes á mí con espada y lanza y escudo; mas yo vengo á ti en el nombre de Jehová de los ejércitos, el Dios de los escuadrones de Israel, que tú has provocado.
Y cuando David volvía de matar al Filisteo, Abner lo tomó, y llevólo delante de Saúl, teniendo la cabeza del Filisteo en su mano.
Y enojóse Saúl en gran manera, y desagradó esta palabra en sus ojos, y dijo: A David dieron diez miles, y á mí miles; no le falta más que el reino.
Y David se conducía prudentemente en todos sus negocios, y Jehová era con él.
Y viendo Saúl que se portaba tan prudentemente, temíase de él.
Mas todo Israel y Judá amaba á David, porque él salía y entraba delante de ellos.
Y dijo Saúl á David: He aquí yo te daré á Merab mi hija mayor por mujer: solamente que me seas hombre valiente, y hagas las guerras de Jehová. Mas Saúl decía: No será mi mano contra él, mas la mano de los Filisteos será contra él.
Y los criados de Saúl le dieron la respuesta diciendo: Tales palabras ha dicho David.
Y dió aviso á David, diciendo: Saúl mi padre procura matarte; por tanto mira ahora por ti hasta la mañana, y estáte en paraje oculto, y escóndete:
Y yo saldré y estaré junto á mi padre en el campo donde estuvieres: y hablaré de ti á mi padre, y te haré saber lo que notare.
Y David respondió á Jonathán: He aquí que mañana será nueva luna, y yo acostumbro sentarme con el rey á comer: mas tú dejarás que me esconda en el campo hasta la tarde del tercer día.
Y Jonathán le dijo: Nunca tal te suceda; antes bien, si yo entendiera ser consumada la malicia de mi padre, para venir sobre ti, ¿no había yo de descubrírtelo?
Así hizo Jonathán alianza con la casa de David, diciendo: Requiéralo Jehová de la mano de los enemigos de David.
David pues se escondió en el campo, y venida que fué la nueva luna, sentóse el rey á comer pan.
Mas aquel día Saúl no dijo nada, porque se decía: Habrále acontecido algo, y no está limpio; no estará purificado.
Y Jonathán respondió á Saúl: David me pidió encarecidamente le dejase ir hasta Beth-lehem.
Y Jonathán respondió á su padre Saúl, y díjole: ¿Por qué morirá? ¿qué ha hecho?
Entonces Saúl le arrojó una lanza por herirlo: de donde entendió Jonathán que su padre estaba determinado á matar á David.
Al otro día de mañana, salió Jonathán al campo, al tiempo aplazado con David, y un mozo pequeño con él.
Y dijo á su mozo: Corre y busca las saetas que yo tirare. Y como el muchacho iba corriendo, él tiraba la saeta que pasara más allá de él.
Y tornó á gritar Jonathán tras el muchacho: Date priesa, aligera, no te pares. Y el muchacho de Jonathán cogió las saetas, y vínose á su señor.
Y respondió David al sacerdote Ahimelech: El rey me encomendó un negocio, y me dijo: Nadie sepa cosa alguna de este negocio á que yo te envío, y que yo te he mandado; y yo señalé á los criados un cierto lugar.
Y David respondió al sacerdote, y díjole: Cierto las mujeres nos han sido reservadas desde anteayer cuando salí, y los vasos de los mozos fueron santos, aunque el camino es profano: cuanto más que hoy habrá otro pan santificado en los vasos.
Y díjole Saúl: ¿Por qué habéis conspirado contra mí, tú y el hijo de Isaí, cuando tú le diste pan y espada, y consultaste por él á Dios, para que se levantase contra mí y me acechase, como lo hace hoy día?
¿He de tomar yo ahora mi pan, mi agua, y mi víctima que he preparado para mis esquiladores, y la daré á hombres que no sé de dónde son?
Y dijo á sus criados: Id delante de mí, que yo os seguiré luego. Y nada declaró á su marido Nabal.
Y acontecerá que cuando Jehová hiciere con mi señor conforme á todo el bien que ha hablado de ti, y te mandare que seas caudillo sobre Israel,
Porque, vive Jehová Dios de Israel que me ha defendido de hacerte mal, que si no te hubieras dado priesa en venirme al encuentro, de aquí á mañana no le quedara á Nabal meante á la pared.
Ruego pues, que el rey mi señor oiga ahora las palabras de su siervo. Si Jehová te incita contra mí, acepte un sacrificio: mas si fueren hijos de hombres, malditos ellos en presencia de Jehová, que me han echado hoy para que no me junte en la heredad de Jehová, diciendo: Ve y sirve á dioses ajenos.
Y he aquí, como tu vida ha sido estimada hoy en mis ojos, así sea mi vida estimada en los ojos de Jehová, y me libre de toda aflicción.
Ni hombre ni mujer dejaba á vida David, que viniese á Gath; diciendo: Porque no den aviso de nosotros, diciendo, Esto hizo David. Y esta era su costumbre todo el tiempo que moró en tierra de los Filisteos.
Como tú no obedeciste á la voz de Jehová, ni cumpliste el furor de su ira sobre Amalec, por eso Jehová te ha hecho esto hoy.
Entonces la mujer vino á Saúl, y viéndole en grande manera turbado, díjole: He aquí que tu criada ha obedecido á tu voz, y he puesto mi vida en mi mano, y he oído las palabras que tú me has dicho.
Y dijeron los príncipes de los Filisteos: ¿Qué hacen aquí estos Hebreos? Y Achîs respondió á los príncipes de los Filisteos: ¿No es éste David, el siervo de Saúl rey de Israel, que ha estado conmigo algunos días ó algunos años, y no he hallado cosa en él desde el día que se pasó á mí hasta hoy?
Entonces David y la gente que con él estaba, alzaron su voz y lloraron, hasta que les faltaron las fuerzas para llorar.
Tomó también David todas las ovejas y ganados mayores; y trayéndolo todo delante, decían: Esta es la presa de David.
Y David dijo: No hagáis eso, hermanos míos, de lo que nos ha dado Jehová; el cual nos ha guardado, y ha entregado en nuestras manos la caterva que vino sobre nosotros.
Y al tercer día acaeció, que vino uno del campo de Saúl, rotos sus vestidos, y tierra sobre su cabeza: y llegando á David, postróse en tierra, é hizo reverencia.
Y David dijo á aquel mancebo que le había traído las nuevas: ¿De dónde eres tú? Y él respondió: Yo soy hijo de un extranjero, Amalecita.
Y endechó David á Saúl y á Jonathán su hijo con esta endecha.
Angustia tengo por ti, hermano mío Jonathán, que me fuiste muy dulce: más maravilloso me fué tu amor, que el amor de las mujeres.
Y enojóse Abner en gran manera por las palabras de Is-boseth, y dijo: ¿Soy yo cabeza de perros respecto de Judá? Yo he hecho hoy misericordia con la casa de Saúl tu padre, con sus hermanos, y con sus amigos, y no te he entregado en las manos de David: ¿y tú me haces hoy cargo del pecado de esta mujer?
Y su marido fué con ella, siguiéndola y llorando hasta Bahurim. Y díjole Abner: Anda, vuélvete. Entonces él se volvió.
Y endechando el rey al mismo Abner, decía: ¿Murió Abner como muere un villano?
Y como todo el pueblo viniese á dar de comer pan á David siendo aún de día, David juró, diciendo: Así me haga Dios y así me añada, si antes que se ponga el sol gustare yo pan, ú otra cualquier cosa.
¿Cuánto más á los malos hombres que mataron á un hombre justo en su casa, y sobre su cama? Ahora pues, ¿no tengo yo de demandar su sangre de vuestras manos, y quitaros de la tierra?
Y Japhia, y Elisama, y Eliada, y Eliphelet.
Y DAVID tornó á juntar todos los escogidos de Israel, treinta mil.
Y cuando llegaron á la era de Nachôn, Uzza extendió la mano al arca de Dios, y túvola; porque los bueyes daban sacudidas.
Y el furor de Jehová se encendió contra Uzza, é hiriólo allí Dios por aquella temeridad, y cayó allí muerto junto al arca de Dios.
No quiso pues David traer á sí el arca de Jehová á la ciudad de David; mas llevóla David á casa de Obed-edom Getheo.
Y como David hubo acabado de ofrecer los holocaustos y pacíficos, bendijo al pueblo en el nombre de Jehová de los ejércitos.
Ciertamente no he habitado en casas desde el día que saqué á los hijos de Israel de Egipto hasta hoy, sino que anduve en tienda y en tabernáculo.
Y aun te ha parecido poco esto, Señor Jehová, pues que también has hablado de la casa de tu siervo en lo por venir. ¿Es ése el modo de obrar del hombre, Señor Jehová?
Entonces oyendo Toi, rey de Hamath, que David había herido todo el ejército de Hadad-ezer,
Envió Toi á Joram su hijo al rey David, á saludarle pacíficamente y á bendecirle, porque había peleado con Hadad-ezer y lo había vencido: porque Toi era enemigo de Hadad-ezer. Y Joram llevaba en su mano vasos de plata, y vasos de oro, y de metal;
Y respondió Siba al rey: Conforme á todo lo que ha mandado mi señor el rey á su siervo, así lo hará tu siervo. Mephi-boseth, dijo el rey, comerá á mi mesa, como uno de los hijos del rey.
DESPUÉS de esto aconteció, que murió el rey de los hijos de Ammón: y reinó en lugar suyo Hanún su hijo.
Y como fué dado aviso á David, juntó á todo Israel, y pasando el Jordán vino á Helam: y los Siros se pusieron en orden contra David, y pelearon con él.
Mas Uría durmió á la puerta de la casa del rey con todos los siervos de su señor, y no descendió á su casa.
Y David lo convidó, é hízole comer y beber delante de sí, hasta embriagarlo. Y él salió á la tarde á dormir en su cama con los siervos de su señor; mas no descendió á su casa.
Y Jonadab le dijo: Acuéstate en tu cama, y finge que estás enfermo; y cuando tu padre viniere á visitarte, dile: Ruégote que venga mi hermana Thamar, para que me conforte con alguna comida, y aderece delante de mí alguna vianda, para que viendo yo, la coma de su mano.
Ella entonces le respondió: No, hermano mío, no me hagas fuerza; porque no se ha de hacer así en Israel. No hagas tal desacierto.
Y estando aún ellos en el camino, llegó á David el rumor que decía: Absalom ha muerto á todos los hijos del rey, que ninguno de ellos ha quedado.
Y después que Absalom huyó y se fué á Gessur, estuvo allá tres años.
Entonces el rey dijo á Joab: He aquí yo hago esto: ve, y haz volver al mozo Absalom.
Entonces dijo á sus siervos: Bien sabéis las tierras de Joab junto á mi lugar, donde tiene sus cebadas; id, y pegadles fuego; y los siervos de Absalom pegaron fuego á las tierras.
Porque tu siervo hizo voto cuando estaba en Gessur en Siria, diciendo: Si Jehová me volviere á Jerusalem, yo serviré á Jehová.
También envió Absalom por Achitophel Gilonita, del consejo de David, á Gilo su ciudad, mientras hacía sus sacrificios. Y la conjuración vino á ser grande, pues se iba aumentando el pueblo con Absalom.
Y vino el aviso á David, diciendo: El corazón de todo Israel va tras Absalom.
Dijo aún el rey á Sadoc sacerdote: ¿No eres tú el vidente? Vuélvete en paz á la ciudad; y con vosotros vuestros dos hijos, tu hijo Ahimaas, y Jonathán hijo de Abiathar.
Y echando piedras contra David, y contra todos los siervos del rey David: y todo el pueblo, y todos los hombres valientes estaban á su diestra y á su siniestra.
Y Absalom dijo á Husai: ¿Este es tu agradecimiento para con tu amigo? ¿por qué no fuiste con tu amigo?
ENTONCES Achitophel dijo á Absalom: Yo escogeré ahora doce mil hombres, y me levantaré, y seguiré á David esta noche;
Así tornaré á todo el pueblo á ti: y cuando ellos hubieren vuelto, (pues aquel hombre es el que tú quieres) todo el pueblo estará en paz.
Y consignó la tercera parte del pueblo al mando de Joab, y otratercera al mando de Abisai, hijo de Sarvia, hermano de Joab, y la otra tercera parte al mando de Ittai Getheo. Y dijo el rey al pueblo: Yo también saldré con vosotros.
Y Joab respondió al hombre que le daba la nueva: Y viéndolo tú, ¿por qué no le heriste luego allí echándole á tierra? y sobre mí, que te hubiera dado diez siclos de plata, y un talabarte.
Y Joab dijo á Cusi: Ve tú, y di al rey lo que has visto. Y Cusi hizo reverencia á Joab, y corrió.
Y el rey dijo: ¿El mozo Absalom tiene paz? Y Ahimaas respondió: Vi yo un grande alboroto cuando envió Joab al siervo del rey y á mí tu siervo; mas no sé qué era.
El rey entonces dijo á Cusi: ¿El mozo Absalom tiene paz? Y Cusi respondió: Como aquel mozo sean los enemigos de mi señor el rey, y todos los que se levantan contra ti para mal.
Entróse el pueblo aquel día en la ciudad escondidamente, como suele entrar á escondidas el pueblo avergonzado que ha huído de la batalla.
Levántate pues ahora, y sal fuera, y halaga á tus siervos: porque juro por Jehová, que si no sales, ni aun uno quede contigo esta noche; y de esto te pesará más que de todos los males que te han sobrevenido desde tu mocedad hasta ahora.
Y Absalom, á quien habíamos ungido sobre nosotros, es muerto en la batalla. ¿Por qué pues os estáis ahora quedos en orden á hacer volver al rey?
Y él dijo: Rey señor mío, mi siervo me ha engañado; pues había tu siervo dicho: Enalbardaré un asno, y subiré en él, é iré al rey; porque tu siervo es cojo.
Y el rey dijo á Barzillai: Pasa conmigo, y yo te daré de comer conmigo en Jerusalem.
Mas Barzillai dijo al rey: ¿Cuántos son los días del tiempo de mi vida, para que yo suba con el rey á Jerusalem?
Yo soy hoy día de edad de ochenta años, que ya no haré diferencia entre lo bueno y lo malo: ¿tomará gusto ahora tu siervo en lo que comiere ó bebiere? ¿oiré más la voz de los cantores y de las cantoras? ¿para qué, pues, sería aún tu siervo molesto á mi señor el rey?
Y HABLÓ David á Jehová las palabras de este cántico, el día que Jehová le había librado de la mano de todos sus enemigos, y de la mano de Saúl.
Extendió su mano de lo alto, y arrebatóme, y sacóme de copiosas aguas.
Remuneróme por tanto Jehová conforme á mi justicia, y conforme á mi limpieza delante de sus ojos.
No así mi casa para con Dios: sin embargo él ha hecho conmigo pacto perpetuo, ordenado en todas las cosas, y será guardado; bien que toda esta mi salud, y todo mi deseo no lo haga él florecer todavía.
Sino que el que quiere tocar en ellas, ármase de hierro y de asta de lanza, y son quemadas en su lugar.
Y tres de los treinta principales descendieron y vinieron en tiempo de la siega á David á la cueva de Adullam: y el campo de los Filisteos estaba en el valle de Raphaim.
Abi-albon de Arbath, Asmaveth de Barhum;
Y Arauna dijo: ¿Por qué viene mi señor el rey á su siervo? Y David respondió: Para comprar de ti la era, para edificar altar á Jehová, á fin de que la mortandad cese del pueblo.
Todo lo da como un rey Arauna al rey. Luego dijo Arauna al rey: Jehová tu Dios te sea propicio.
Y buscaron una moza hermosa por todo el término de Israel, y hallaron á Abisag Sunamita, y trajéronla al rey.
Y la moza era hermosa, la cual calentaba al rey, y le servía: mas el rey nunca la conoció.
Y he aquí ahora Adonía reina: y tú, mi señor rey, ahora no lo supiste.
Y el rey David dijo: Llamadme á Sadoc sacerdote, y á Nathán profeta, y á Benaía hijo de Joiada. Y ellos entraron á la presencia del rey.
Y el rey ha enviado con él á Sadoc sacerdote y á Nathán profeta, y á Benaía hijo de Joiada, y también á los Ceretheos y á los Peletheos, los cuales le hicieron subir en la mula del rey;
Y aun los siervos del rey han venido á bendecir á nuestro señor el rey David, diciendo: Dios haga bueno el nombre de Salomón más que tu nombre, y haga mayor su trono que el tuyo. Y el rey adoró en la cama.
Y envió el rey Salomón, y trajéronlo del altar; y él vino, é inclinóse al rey Salomón. Y Salomón le dijo: Vete á tu casa.
Para que confirme Jehová la palabra que me habló, diciendo: Si tus hijos guardaren su camino, andando delante de mí con verdad, de todo su corazón, y de toda su alma, jamás, dice, faltará á ti varón del trono de Israel.
Empero ahora no lo absolverás: que hombre sabio eres, y sabes cómo te has de haber con él: y harás descender sus canas con sangre á la sepultura.
Y ella dijo: Dése Abisag Sunamita por mujer á tu hermano Adonía.
Entonces el rey Salomón envió por mano de Benaía hijo de Joiada, el cual dió sobre él, y murió.
Y á Abiathar sacerdote dijo el rey: Vete á Anathoth á tus heredades, que tú eres digno de muerte; mas no te mataré hoy, por cuanto has llevado el arca del Señor Jehová delante de David mi padre, y además has sido trabajado en todas las cosas en que fué trabajado mi padre.
La sangre pues de ellos recaerá sobre la cabeza de Joab, y sobre la cabeza de su simiente para siempre: mas sobre David y sobre su simiente, y sobre su casa y sobre su trono, habrá perpetuamente paz de parte de Jehová.
En aquella sazón vinieron dos mujeres rameras al rey, y presentáronse delante de él.
Entonces el rey respondió, y dijo: Dad á aquélla el hijo vivo, y no lo matéis: ella es su madre.
Azaría hijo de Nathán era sobre los gobernadores; Zabud hijo de Nathán era principal oficial, amigo del rey;
El hijo de Decar, en Maccas, y en Saalbim, y en Beth-semes, y en Elón, y en Beth-hanan;
Josaphat hijo de Pharua, en Issachâr;
Semei hijo de Ela, en Benjamín;
Porque él señoreaba en toda la región que estaba de la otra parte del río, desde Tiphsa hasta Gaza, sobre todos los reyes de la otra parte del río; y tuvo paz por todos lados en derredor suyo.
Ahora Jehová mi Dios me ha dado reposo por todas partes; que ni hay adversarios, ni mal encuentro.
El aposento de abajo era de cinco codos de ancho, y el de en medio de seis codos de ancho, y el tercero de siete codos de ancho: porque por de fuera había hecho disminuciones á la casa en derredor, para no trabar las vigas de las paredes de la casa.
La puerta del aposento de en medio estaba al lado derecho de la casa: y subíase por un caracol al de en medio, y del aposento de en medio al tercero.
Labró pues la casa, y acabóla; y cubrió la casa con artesonados de cedro.
Esta casa que tú edificas, si anduvieres en mis estatutos, é hicieres mis derechos, y guardares todos mis mandamientos andando en ellos, yo tendré firme contigo mi palabra que hablé á David tu padre;
Y aparejó las paredes de la casa por de dentro con tablas de cedro, vistiéndola de madera por dentro, desde el solado de la casa hasta las paredes de la techumbre: cubrió también el pavimento con madera de haya.
Y adornó el oráculo por de dentro en medio de la casa, para poner allí el arca del pacto de Jehová.
Y estaba cubierta de tablas de cedro arriba sobre las vigas, que se apoyaban en cuarenta y cinco columnas: cada hilera tenía quince columnas.
De allí arriba eran también piedras de precio, labradas conforme á sus medidas, y obra de cedro.
Y envió el rey Salomón, é hizo venir de Tiro á Hiram,
Y puso en las cabezas de las columnas labor en forma de azucenas; y así se acabó la obra de las columnas.
Y cuatrocientas granadas para las dos redes, dos órdenes de granadas en cada red, para cubrir los dos vasos redondos que estaban sobre las cabezas de las columnas;
Y como los sacerdotes salieron del santuario, la nube hinchió la casa de Jehová.
Y dijo: Bendito sea Jehová Dios de Israel, que habló de su boca á David mi padre, y con su mano lo ha cumplido, diciendo:
Y David mi padre tuvo en el corazón edificar casa al nombre de Jehová Dios de Israel.
Empero tú no edificarás la casa, sino tu hijo que saldrá de tus lomos, él edificará casa á mi nombre.
Empero ¿es verdad que Dios haya de morar sobre la tierra? He aquí que los cielos, los cielos de los cielos, no te pueden contener: ¿cuánto menos esta casa que yo he edificado?
Toda oración y toda súplica que hiciere cualquier hombre, ó todo tu pueblo Israel, cuando cualquiera sintiere la plaga de su corazón, y extendiere sus manos á esta casa;
Si hubieren pecado contra ti, (porque no hay hombre que no peque) y tú estuvieres airado contra ellos, y los entregares delante del enemigo, para que los cautiven y lleven á tierra enemiga, sea lejos ó cerca,
Porque ellos son tu pueblo y tu heredad, que tú sacaste de Egipto, de en medio del horno de hierro.
Y fué, que como acabó Salomón de hacer á Jehová toda esta oración y súplica, levantóse de estar de rodillas delante del altar de Jehová con sus manos extendidas al cielo;
Y que estas mis palabras con que he orado delante de Jehová, estén cerca de Jehová nuestro Dios de día y de noche, para que él proteja la causa de su siervo, y de su pueblo Israel, cada cosa en su tiempo;
A fin de que todos los pueblos de la tierra sepan que Jehová es Dios, y que no hay otro.
Aquel mismo día santificó el rey el medio del atrio que estaba delante de la casa de Jehová: porque ofreció allí los holocaustos, y los presentes, y los sebos de los pacíficos; por cuanto el altar de bronce que estaba delante de Jehová era pequeño, y no cupieran en él los holocaustos, y los presentes, y los sebos de los pacíficos.
En aquel tiempo Salomón hizo fiesta, y con él todo Israel, una grande congregación, desde como entran en Hamath hasta el río de Egipto, delante de Jehová nuestro Dios, por siete días y otros siete días, esto es, por catorce días.
Mas si obstinadamente os apartareis de mí vosotros y vuestros hijos, y no guardareis mis mandamientos y mis estatutos que yo he puesto delante de vosotros, sino que fuereis y sirviereis á dioses ajenos, y los adorareis;
Y había Hiram enviado al rey ciento y veinte talentos de oro.
Y Salomón le declaró todas sus palabras: ninguna cosa se le escondió al rey, que no le declarase.
Y de la madera de brasil hizo el rey balaustres para la casa de Jehová, y para las casas reales, arpas también y salterios para los cantores: nunca vino tanta madera de brasil, ni se ha visto hasta hoy.
Hizo también el rey Salomón doscientos paveses de oro extendido: seiscientos siclos de oro gastó en cada pavés.
Y tuvo setecientas mujeres reinas, y trescientas concubinas; y sus mujeres torcieron su corazón.
Y ya que Salomón era viejo, sus mujeres inclinaron su corazón tras dioses ajenos; y su corazón no era perfecto con Jehová su Dios, como el corazón de su padre David.
Y le había mandado acerca de esto, que no siguiese dioses ajenos: mas él no guardó lo que le mandó Jehová.
Y oyendo Adad en Egipto que David había dormido con sus padres, y que era muerto Joab general del ejército, Adad dijo á Faraón: Déjame ir á mi tierra.
Empero no quitaré nada de su reino de sus manos, sino que lo retendré por caudillo todos los días de su vida, por amor de David mi siervo, al cual yo elegí, y él guardó mis mandamientos y mis estatutos:
Y díjoles: ¿Cómo aconsejáis vosotros que respondamos á este pueblo, que me ha hablado, diciendo: Disminuye algo del yugo que tu padre puso sobre nosotros?
Y dijo Jeroboam en su corazón: Ahora se volverá el reino á la casa de David,
Entonces instituyó Jeroboam solemnidad en el mes octavo, á los quince del mes, conforme á la solemnidad que se celebraba en Judá; y sacrificó sobre altar. Así hizo en Beth-el, sacrificando á los becerros que había hecho. Ordenó también en Beth-el sacerdotes de los altos que él había fabricado.
Porque así me está mandado por palabra de Jehová, diciendo: No comas pan, ni bebas agua, ni vuelvas por el camino que fueres.
Moraba á la sazón en Beth-el un viejo profeta, al cual vino su hijo, y contóle todo lo que el varón de Dios había hecho aquel día en Beth-el: contáronle también á su padre las palabras que había hablado al rey.
Y como hubo comido del pan y bebido, el profeta que le había hecho volver le enalbardó un asno;
Y puso su cuerpo en su sepulcro; y endecháronle, diciendo: ¡Ay, hermano mío!
Y en lugar de ellos hizo el rey Roboam escudos de metal, y diólos en manos de los capitanes de los de la guardia, quienes custodiaban la puerta de la casa real.
Y durmió Roboam con sus padres, y fué sepultado con sus padres en la ciudad de David. El nombre de su madre fué Naama, Ammonita. Y reinó en su lugar Abiam su hijo.
Mas por amor de David, dióle Jehová su Dios lámpara en Jerusalem, levantándole á su hijo después de él, y sosteniendo á Jerusalem:
Lo demás de los hechos de Abiam, y todas las cosas que hizo, ¿no están escritas en el libro de las crónicas de los reyes de Judá? Y hubo guerra entre Abiam y Jeroboam.
En el año veinte de Jeroboam rey de Israel, Asa comenzó á reinar sobre Judá.
Entonces el rey Asa convocó á todo Judá, sin exceptuar ninguno; y quitaron de Rama la piedra y la madera con que Baasa edificaba, y edificó el rey Asa con ello á Gabaa de Benjamín, y á Mizpa.
Y él fué, é hizo conforme á la palabra de Jehová; pues se fué y asentó junto al arroyo de Cherith, que está antes del Jordán.
Y yendo ella para traérsela, él la volvió á llamar, y díjole: Ruégote que me traigas también un bocado de pan en tu mano.
Tomando luego Elías al niño, trájolo de la cámara á la casa, y diólo á su madre, y díjole Elías: Mira, tu hijo vive.
Fué pues Elías á mostrarse á Achâb. Había á la sazón grande hambre en Samaria.
Y Achâb llamó á Abdías su mayordomo, el cual Abdías era en grande manera temeroso de Jehová;
Invocad luego vosotros en el nombre de vuestros dioses, y yo invocaré en el nombre de Jehová: y el Dios que respondiere por fuego, ése sea Dios. Y todo el pueblo respondió, diciendo: Bien dicho.
Y como pasó el medio día, y ellos profetizaran hasta el tiempo del sacrificio del presente, y no había voz, ni quien respondiese ni escuchase;
Y dijo: Henchid cuatro cántaros de agua, y derramadla sobre el holocausto y sobre la leña. Y dijo: Hacedlo otra vez; y otra vez lo hicieron. Dijo aún: Hacedlo la tercera vez; é hiciéronlo la tercera vez.
Respóndeme, Jehová, respóndeme; para que conozca este pueblo que tú, oh Jehová, eres el Dios, y que tú volviste atrás el corazón de ellos.
Y dijo á su criado: Sube ahora, y mira hacia la mar. Y él subió, y miró, y dijo: No hay nada. Y él le volvió á decir: Vuelve siete veces.
Entonces él respondió á los embajadores de Ben-adad: Decid al rey mi señor: Haré todo lo que mandaste á tu siervo al principio; mas esto no lo puedo hacer. Y los embajadores fueron, y diéronle la respuesta.
Y tú, fórmate otro ejército como el ejército que perdiste, caballos por caballos, y carros por carros; luego pelearemos con ellos en campo raso, y veremos si no los vencemos. Y él les dió oído, é hízolo así.
Y él le dijo: Por cuanto no has obedecido á la palabra de Jehová, he aquí en apartándote de mí, te herirá un león. Y como se apartó de él, topóle un león, é hirióle.
Y el profeta se fué, y púsose delante del rey en el camino, y disfrazóse con un velo sobre los ojos.
Y vínose Achâb á su casa triste y enojado, por la palabra que Naboth de Jezreel le había respondido, diciendo: No te daré la heredad de mis padres. Y acostóse en su cama, y volvió su rostro, y no comió pan.
Y Achâb dijo á Elías: ¿Me has hallado, enemigo mío? Y él respondió: Hete encontrado, porque te has vendido á mal hacer delante de Jehová.
Y yo pondré tu casa como la casa de Jeroboam hijo de Nabat, y como la casa de Baasa hijo de Ahía; por la provocación con que me provocaste á ira, y con que has hecho pecar á Israel.
De Jezabel también ha hablado Jehová, diciendo: Los perros comerán á Jezabel en la barbacana de Jezreel.
Y llegáronse á Eliseo los hijos de los profetas que estaban en Jericó, y dijéronle: ¿Sabes cómo Jehová quitará hoy á tu señor de tu cabeza? Y él respondió: Sí, yo lo sé; callad.
Mas ellos le importunaron, hasta que avergonzándose dijo: Enviad. Entonces ellos enviaron cincuenta hombres, los cuales lo buscaron tres días, mas no lo hallaron.
Y esto es cosa ligera en los ojos de Jehová; dará también á los Moabitas en vuestras manos.
Y así que ella entró, echóse á sus pies, é inclinóse á tierra: después tomó su hijo, y salióse.
Y como Eliseo, varón de Dios oyó que el rey de Israel había rasgado sus vestidos, envió á decir al rey: ¿Por qué has rasgado tus vestidos? Venga ahora á mí, y sabrá que hay profeta en Israel.
Y él dijo: Si no te salva Jehová, ¿de dónde te tengo de salvar yo? ¿del alfolí, ó del lagar?
Y un príncipe sobre cuya mano el rey se apoyaba, respondió al varón de Dios, y dijo: Si Jehová hiciese ahora ventanas en el cielo, ¿sería esto así? Y él dijo: He aquí tú lo verás con tus ojos, mas no comerás de ello.
Y así se habían levantado y huído al principio de la noche, dejando sus tiendas, sus caballos, sus asnos, y el campo como se estaba; y habían huído por salvar las vidas.
Aconteció pues de la manera que el varón de Dios había hablado al rey, diciendo: Dos seah de cebada por un siclo, y el seah de flor de harina será vendido por un siclo mañana á estas horas, á la puerta de Samaria.
Y el rey dijo á Hazael: Toma en tu mano un presente, y ve á recibir al varón de Dios, y consulta por él á Jehová, diciendo: ¿Tengo de sanar de esta enfermedad?
Tomó pues Hazael en su mano un presente de todos los bienes de Damasco, cuarenta camellos cargados, y saliólo á recibir: y llegó, y púsose delante de él, y dijo: Tu hijo Ben-adad, rey de Siria, me ha enviado á ti, diciendo: ¿Tengo de sanar de esta enfermedad?
Entonces díjole Hazael: ¿Por qué llora mi señor? Y él respondió: Porque sé el mal que has de hacer á los hijos de Israel: á sus fortalezas pegarás fuego, y á sus mancebos matarás á cuchillo, y estrellarás á sus niños, y abrirás á sus preñadas.
Y ellos dijeron: Mentira; decláranoslo ahora. Y él dijo: Así y así me habló, diciendo: Así ha dicho Jehová: Yo te he ungido por rey sobre Israel.
Y dijo Jehú: Santificad un día solemne á Baal. Y ellos convocaron.
Y estaréis alrededor del rey de todas partes, teniendo cada uno sus armas en las manos, y cualquiera que entrare dentro de estos órdenes, sea muerto. Y habéis de estar con el rey cuando saliere, y cuando entrare.
EN el séptimo año de Jehú comenzó á reinar Joas, y reinó cuarenta años en Jerusalem. El nombre de su madre fué Sibia, de Beer-seba.
Recíbanlo los sacerdotes, cada uno de sus familiares, y reparen los portillos del templo donde quiera que se hallare abertura.
EN el año veintitrés de Joas hijo de Ochôzías, rey de Judá, comenzó á reinar Joachâz hijo de Jehú sobre Israel en Samaria; y reinódiecisiete años.
Y aconteció que al sepultar unos un hombre, súbitamente vieron una partida, y arrojaron al hombre en el sepulcro de Eliseo: y cuando llegó á tocar el muerto los huesos de Eliseo, revivió, y levantóse sobre sus pies.
Hazael pues, rey de Siria, afligió á Israel todo el tiempo de Joachâz.
Mas Jehová tuvo misericordia de ellos, y compadecióse de ellos, y mirólos, por amor de su pacto con Abraham, Isaac y Jacob; y no quiso destruirlos ni echarlos de delante de sí hasta ahora.
Además Joas rey de Israel tomó á Amasías rey de Judá, hijo de Joas hijo de Ochôzías, en Beth-semes: y vino á Jerusalem, y rompió el muro de Jerusalem desde la puerta de Ephraim hasta la puerta de la esquina, cuatrocientos codos.
Contra él se conjuró Sallum hijo de Jabes, y lo hirió en presencia de su pueblo, y matólo, y reinó en su lugar.
Empero ellos no escucharon; antes hicieron según su costumbre antigua.
Y tomáronla al cabo de tres años; esto es, en el sexto año de Ezechîas, el cual era el año nono de Oseas rey de Israel, fué Samaria tomada.
Por cuanto no habían atendido la voz de Jehová su Dios, antes habían quebrantado su pacto; y todas las cosas que Moisés siervo de Jehová había mandado, ni las habían escuchado, ni puesto por obra.
Paróse luego Rabsaces, y clamó á gran voz en judaico, y habló, diciendo: Oid la palabra del gran rey, el rey de Asiria.
Y no os haga Ezechîas confiar en Jehová, diciendo: De cierto nos librará Jehová, y esta ciudad no será entregada en mano del rey de Asiria.
¿Dónde está el dios de Hamath, y de Arphad? ¿dónde el dios de Sepharvaim, de Hena, y de Hiva? ¿pudieron éstos librar á Samaria de mi mano?
Que le dijesen: Así ha dicho Ezechîas: Este día es día de angustia, y de reprensión, y de blasfemia; porque los hijos han venido hasta la rotura, y la que pare no tiene fuerzas.
¿Nunca has oído que mucho tiempo ha yo lo hice, y de días antiguos lo he formado? Y ahora lo he hecho venir, y fué para desolación de ciudades fuertes en montones de ruinas.
Y lo que hubiere escapado, lo que habrá quedado de la casa de Judá, tornará á echar raíz abajo, y hará fruto arriba.
Entonces el profeta Isaías vino al rey Ezechîas, y díjole: ¿Qué dijeron aquellos varones, y de dónde vinieron á ti? Y Ezechîas le respondió: De lejanas tierras han venido, de Babilonia.
Y él le volvió á decir: ¿Qué vieron en tu casa? Y Ezechîas respondió: Vieron todo lo que había en mi casa; nada quedó en mis tesoros que no les mostrase.
DE doce años era Manasés cuando comenzó á reinar, y reinó en Jerusalem cincuenta y cinco años: el nombre de su madre fué Hepsiba.
Y durmió Manasés con sus padres, y fué sepultado en el huerto de su casa, en el huerto de Uzza; y reinó en su lugar Amón su hijo.
E hizo lo recto en ojos de Jehová, y anduvo en todo el camino de David su padre, sin apartarse á diestra ni á siniestra.
Luego mandó el rey á Hilcías el sacerdote, y á Ahicam hijo de Saphán, y á Achbor hijo de Michâía, y á Saphán escriba, y á Asaía siervo del rey, diciendo:
Quitó también los caballos que los reyes de Judá habían dedicado al sol á la entrada del templo de Jehová, junto á la cámara de Nathan-melech eunuco, el cual tenía cargo de los ejidos; y quemó al fuego los carros del sol.
Y dijo Jehová: También he de quitar de mi presencia á Judá, como quité á Israel, y abominaré á esta ciudad que había escogido, á Jerusalem, y á la casa de la cual había yo dicho: Mi nombre será allí.
Entonces Faraón Nechâo puso por rey á Eliacim hijo de Josías, en lugar de Josías su padre, y mudóle el nombre en el de Joacim; y tomó á Joachâz, y llevólo á Egipto, y murió allí.
Tomado pues el rey, trajéronle al rey de Babilonia á Ribla, y profirieron contra él sentencia.
Estos tomó Nabuzaradán, capitán de los de la guardia, y llevólos á Ribla al rey de Babilonia.
Y hablóle bien, y puso su asiento sobre el asiento de los reyes que con él estaban en Babilonia.
Y Segub engendró á Jair, el cual tuvo veintitrés ciudades en la tierra de Galaad.
Y las familias de Chîriath-jearim fueron los Ithreos, y los Phuteos, y los Samatheos, y los Misraiteos; de los cuales salieron los Soratitas, y los Estaolitas.
El quinto, Sephatías, de Abithal; el sexto, Itream, de Egla su mujer.
Todos estos fueron los hijos de David, sin los hijos de las concubinas. Y Thamar fué hermana de ellos.
Y Naara le parió á Auzam, y á Hepher, á Themeni, y á Ahastari. Estos fueron los hijos de Naara.
Y Cos engendró á Anob, y á Sobeba, y la familia de Aharhel hijo de Arum.
Los hijos de Jaleleel: Zip, Ziphas, Tirias, y Asareel.
E hirieron á las reliquias que habían quedado de Amalec, y habitaron allí hasta hoy.
Estos fueron los hijos de Abihail hijo de Huri, hijo de Jaroa, hijo de Galaad, hijo de Michâel, hijo de Jesiaí, hijo de Jaddo, hijo de Buz.
Y Meraioth engendró á Amarías, y Amarías engendró á Achîtob;
Y Achîtob engendró á Sadoc, y Sadoc engendró á Achîmaas;
Y Achîmaas engendró á Azarías, y Azarías engendró á Johanan;
Y Achîtob engendró á Sadoc, y Sadoc engendró á Sallum;
Los hijos de Samuel: el primogénito Vasni, y Abías.
Y estos son á los que David dió cargo de las cosas de la música de la casa de Jehová, después que el arca tuvo reposo:
Mas el territorio de la ciudad y sus aldeas se dieron á Caleb, hijo de Jephone.
A Asán con sus ejidos, y á Beth-semes con sus ejidos:
Y á los hijos de Merari, por sus linajes, de la tribu de Rubén, y de la tribu de Gad, y de la tribu de Zabulón, se dieron por suerte doce ciudades.
Y dieron los hijos de Israel á los Levitas ciudades con sus ejidos.
Y diéronles las ciudades de acogimiento, á Sichêm con sus ejidos en el monte de Ephraim, y á Gezer con sus ejidos,
Los hijos de Bela: Esbon, Uzzi, Uzziel, Jerimoth, é Iri; cinco cabezas de casas de linajes, hombres de gran valor, y de cuya descendencia fueron contados veintidós mil treinta y cuatro.
Los hijos de Aser: Imna, Isua, Isui, Bería, y su hermana Sera.
Beser, Hod, Samma, Silsa, Ithrán y Beera.
Y en Gabaón habitaron Abiga-baón, la mujer del cual se llamó Maachâ:
Y Mosa engendró á Bina, hijo del cual fué Rapha, hijo del cual fué Elasa, cuyo hijo fué Asel.
Y los hijos de Esec su hermano: Ulam su primogénito, Jehus el segundo, Elipheleth el tercero.
E Ibnías hijo de Jeroham, y Ela hijo de Uzzi, hijo de Michri; y Mesullam hijo de Sephatías, hijo de Rehuel, hijo de Ibnías.
Y sus hermanos por sus linajes fueron nuevecientos cincuenta y seis. Todos estos hombres fueron cabezas de familia en las casas de sus padres.
Y de los sacerdotes: Jedaía, Joiarib, Joachîm;
Y los porteros: Sallum, Accub, Talmon, Ahiman, y sus hermanos. Sallum era el jefe.
Y Micloth engendró á Samaán. Y estos habitaban también en Jerusalem con sus hermanos enfrente de ellos.
Y Asel tuvo seis hijos, los nombres de los cuales son: Azricam, Bochru, Ismael, Seraía, Obadías, y Hanán: estos fueron los hijos de Asel.
Y fué que viniendo el día siguiente los Filisteos á despojar los muertos, hallaron á Saúl y á sus hijos tendidos en el monte de Gilboa.
Sibbecai Husatita, Ilai Ahohita;
Hesro Carmelita, Nahari hijo de Ezbai;
Adina hijo de Siza Rubenita, príncipe de los Rubenitas, y con él treinta;
Estos pasaron el Jordán en el mes primero, cuando había salido sobre todas sus riberas; é hicieron huir á todos los de los valles al oriente y al poniente.
Asimismo algunos de los hijos de Benjamín y de Judá vinieron á David á la fortaleza.
De los hijos de Judá que traían escudo y lanza, seis mil y ochocientos, á punto de guerra.
Y David temió á Dios aquel día, y dijo: ¿Cómo he de traer á mi casa el arca de Dios?
De los hijos de Hebrón, Eliel el principal, y sus hermanos, ochenta;
Y como David hubo acabado de ofrecer el holocausto y los pacíficos, bendijo al pueblo en el nombre de Jehová.
Jehová, él es nuestro Dios; sus juicios en toda la tierra.
Y andaban de nación en nación, y de un reino á otro pueblo.
Porque grande es Jehová, y digno de ser grandemente loado, y de ser temido sobre todos los dioses.
Celebrad á Jehová, porque es bueno; porque su misericordia es eterna.
Para que sacrificasen continuamente, á mañana y tarde, holocaustos á Jehová en el altar del holocausto, conforme á todo lo que está escrito en la ley de Jehová, que él prescribió á Israel;
Y ACONTECIÓ que morando David en su casa, dijo David al profeta Nathán: He aquí yo habito en casa de cedro, y el arca del pacto de Jehová debajo de cortinas.
Y será que, cuando tus días fueren cumplidos para irte con tus padres, levantaré tu simiente después de ti, la cual será de tus hijos, y afirmaré su reino.
Conforme á todas estas palabras, y conforme á toda esta visión, así habló Nathán á David.
Jehová, no hay semejante á ti, ni hay Dios sino tú, según todas las cosas que hemos oído con nuestros oídos.
Tú has constituído á tu pueblo Israel por pueblo tuyo para siempre; y tú, Jehová, has venido á ser su Dios.
Y ahora has querido bendecir la casa de tu siervo, para que permanezca perpetuamente delante de ti: porque tú, Jehová, la has bendecido, y será bendita para siempre.
Y dijo David: Haré misericordia con Hanán hijo de Naas, porque también su padre hizo conmigo misericordia. Así David envió embajadores que lo consolasen de la muerte de su padre. Mas venidos los siervos de David en la tierra de los hijos de Ammón á Hanán, para consolarle,
Entonces Hanán tomó los siervos de David, y rapólos, y cortóles los vestidos por medio, hasta las nalgas, y despachólos.
El edificará casa á mi nombre, y él me será á mí por hijo, y yo le seré por padre; y afirmaré el trono de su reino sobre Israel para siempre.
Del oro, de la plata, del metal, y del hierro, no hay número. Levántate pues, y á la obra; que Jehová será contigo.
¿No es con vosotros Jehová vuestro Dios, el cual os ha dado quietud de todas partes? porque él ha entregado en mi mano los moradores de la tierra, y la tierra ha sido sujetada delante de Jehová, y delante de su pueblo.
Los hijos de Ladán, tres: Jehiel el primero, después Zetham y Joel.
Los hijos de Uzziel: Michâ el primero, é Isía el segundo.
Los hijos de Merari: Mahali y Musi. Los hijos de Mahali: Eleazar y Cis.
Y estaban bajo la mano de los hijos de Aarón, para ministrar en la casa de Jehová, en los atrios y en las cámaras, y en la purificación de toda cosa santificada, y en la demás obra del ministerio de la casa de Dios;
Asimismo para los panes de la proposición, y para la flor de la harina para el sacrificio, y para las hojuelas sin levadura, y para la fruta de sartén, y para lo tostado, y para toda medida y cuenta;
Y Semeías escriba, hijo de Nathanael, de los Levitas, escribiólos delante del rey y de los príncipes, y delante de Sadoc el sacerdote, y de Ahimelech hijo de Abiathar, y de los príncipes de las familias de los sacerdotes y Levitas: y adscribían una familia á Eleazar, y á Ithamar otra.
La décimaséptima por Hezir, la décimaoctava por Aphses;
Estos fueron contados en su ministerio, para que entrasen en la casa de Jehová, conforme á su ordenanza, bajo el mando de Aarón su padre, de la manera que le había mandado Jehová el Dios de Israel.
Y de los hijos de Hebrón: Jeria el primero, el segundo Amarías, el tercero Jahaziel, el cuarto Jecamán.
Los hijos de Musi: Maheli, Eder y Jerimoth. Estos fueron los hijos de los Levitas conforme á las casas de sus familias.
De Hemán: los hijos de Hemán, Buccia, Mathanía, Uzziel, Sebuel, Jerimoth, Hananías, Hanani, Eliatha, Gidalthi, Romamti-ezer, Josbecasa, Mallothi, Othir, y Mahazioth.
Y echaron suertes para los turnos del servicio, entrando el pequeño con el grande, lo mismo el maestro que el discípulo.
La séptima á Jesarela, con sus hijos y sus hermanos, doce;
La nona á Mathanías, con sus hijos y sus hermanos, doce;
La duodécima á Hasabías, con sus hijos y sus hermanos, doce;
El sexto Anmiel, el séptimo Issachâr, el octavo Peullethai: porque Dios había bendecido á Obed-edom.
También de Semeías su hijo nacieron hijos que fueron señores sobre la casa de sus padres; porque eran varones muy valerosos.
De lo que habían consagrado de las guerras y de los despojos, para reparar la casa de Jehová.
De los Isharitas, Chenanía y sus hijos eran gobernadores y jueces sobre Israel en las obras de fuera.
Y sus hermanos, hombres valientes, eran dos mil y setecientos, cabezas de familias, los cuales el rey David constituyó sobre los Rubenitas, Gaditas, y sobre la media tribu de Manasés, para todas las cosas de Dios, y los negocios del rey.
Sobre la primera división del primer mes estaba Jasobam hijo de Zabdiel; y había en su división veinte y cuatro mil.
Sobre la división del segundo mes estaba Dodai Ahohita: y Micloth era mayor general en su división, en la que también había veinte y cuatro mil.
Mira, pues, ahora que Jehová te ha elegido para que edifiques casa para santuario: esfuérzate, y hazla.
Asimismo la traza de todas las cosas que tenía en su voluntad, para los atrios de la casa de Jehová, y para todas las cámaras en derredor, para los tesoros de la casa de Dios, y para los tesoros de las cosas santificadas:
Todas estas cosas, dijo David, se me han representado por la mano de Jehová que me hizo entender todas las obras del diseño.
Dijo más David á Salomón su hijo: Anímate y esfuérzate, y ponlo por obra; no temas, ni desmayes, porque el Dios Jehová, mi Dios, será contigo: él no te dejará, ni te desamparará, hasta que acabes toda la obra para el servicio de la casa de Jehová.
Y todos los príncipes y poderosos, y todos los hijos del rey David, prestaron homenaje al rey Salomón.
Con todo lo relativo á su reinado, y su poder, y los tiempos que pasaron sobre él, y sobre Israel, y sobre todos los reinos de aquellas tierras.
Confírmese pues ahora, oh Jehová Dios, tu palabra dada á David mi padre; porque tú me has puesto por rey sobre un pueblo en muchedumbre como el polvo de la tierra.
Mas ¿quién será tan poderoso que le edifique casa? Los cielos y los cielos de los cielos no le pueden comprender; ¿quién pues soy yo, que le edifique casa, sino para quemar perfumes delante de él?
Entonces Hiram rey de Tiro respondió por letras, las que envió á Salomón: Porque Jehová amó á su pueblo, te ha puesto por rey sobre ellos.
Hizo también diez fuentes, y puso cinco á la derecha y cinco á la izquierda, para lavar y limpiar en ellas la obra del holocausto; mas el mar era para lavarse los sacerdotes en él.
Hizo asimismo diez candeleros de oro según su forma, los cuales puso en el templo, cinco á la derecha, y cinco á la izquierda.
Cuatrocientas granadas en las dos redecillas, dos órdenes de granadas en cada redecilla, para que cubriesen las dos bolas de los capiteles que estaban encima de las columnas.
Y ACABADA que fué toda la obra que hizo Salomón para la casa de Jehová, metió Salomónen ellalas cosas que David su padre había dedicado; y puso la plata, y el oro, y todos los vasos, en los tesoros de la casa de Dios.
Entonces Salomón juntó en Jerusalem los ancianos de Israel, y todos los príncipes de las tribus, los cabezas de las familias de los hijos de Israel, para que trajesen el arca del pacto de Jehová de la ciudad de David, que es Sión.
Y juntáronse al rey todos los varones de Israel, á la solemnidad del mes séptimo.
Porque Salomón había hecho un púlpito de metal, de cinco codos de largo, y de cinco codos de ancho, y de altura de tres codos, y lo había puesto en medio del atrio: y púsose sobre él, é hincóse de rodillas delante de toda la congregación de Israel, y extendiendo sus manos al cielo, dijo:
Ahora pues, oh Jehová Dios de Israel, verifíquese tu palabra que dijiste á tu siervo David.
También santificó Salomón el medio del atrio que estaba delante de la casa de Jehová, por cuanto había ofrecido allí los holocaustos, y los sebos de los pacíficos; porque en el altar de bronce que Salomón había hecho, no podían caber los holocaustos, y el presente, y los sebos.
Y apareció Jehová á Salomón de noche, y díjole: Yo he oído tu oración, y he elegido para mí este lugar por casa de sacrificio.
Si yo cerrare los cielos, que no haya lluvia, y si mandare á la langosta que consuma la tierra, ó si enviare pestilencia á mi pueblo;
Ahora estarán abiertos mis ojos, y atentos mis oídos, á la oración en este lugar:
Mas si vosotros os volviereis, y dejareis mis estatutos y mis preceptos que os he propuesto, y fuereis y sirviereis á dioses ajenos, y los adorareis,
Y á Baalath, y á todas las villas de munición que Salomón tenía; también todas las ciudades de los carros y las de la gente de á caballo; y todo lo que Salomón quiso edificar en Jerusalem, y en el Líbano, y en toda la tierra de su señorío.
Y constituyó los repartimientos de los sacerdotes en sus oficios, conforme á la ordenación de David su padre; y los Levitas por sus órdenes, para que alabasen y ministrasen delante de los sacerdotes, cada cosa en su día; asimismo los porteros por su orden á cada puerta: porque así lo había mandado David, varón de Dios.
Porque Hiram le había enviado navíos por mano de sus siervos, y marineros diestros en la mar, los cuales fueron con los siervos de Salomón á Ophir, y tomaron de allá cuatrocientos y cincuenta talentos de oro, y los trajeron al rey Salomón.
Entonces el rey Roboam tomó consejo con los viejos, que habían estado delante de Salomón su padre cuando vivía, y díjoles: ¿Cómo aconsejáis vosotros que responda á este pueblo?
Mas él, dejando el consejo que le dieron los viejos, tomó consejo con los mancebos que se habían criado con él, y que delante de él asistían;
Y díjoles: ¿Qué aconsejáis vosotros que respondamos á este pueblo, que me ha hablado, diciendo: Alivia algo del yugo que tu padre puso sobre nosotros?
Y á Beth-sur, y á Sochô, y á Adullam,
Y á Gath, y á Maresa, y á Ziph,
La cual le parió hijos: á Jeus, y á Samaria, y á Zaham.
Y puso Roboam á Abías hijo de Maachâ por cabeza y príncipe de sus hermanos, porque quería hacerle rey.
Fortificado pues Roboam, reinó en Jerusalem: y era Roboam de cuarenta y un años cuando comenzó á reinar, y diecisiete años reinó en Jerusalem, ciudad que escogió Jehová de todas las tribus de Israel, para poner en ella su nombre. Y el nombre de su madre fué Naama Ammonita.
Y durmió Roboam con sus padres, y fué sepultado en la ciudad de David: y reinó en su lugar Abías su hijo.
A LOS dieciocho años del rey Jeroboam, reinó Abías sobre Judá.
Y reinó tres años en Jerusalem. El nombre de su madre fué Michâía hija de Uriel de Gabaa. Y hubo guerra entre Abías y Jeroboam.
¿No sabéis vosotros, que Jehová Dios de Israel dió el reino á David sobre Israel para siempre, á él y á sus hijos en alianza de sal?
Y ahora vosotros tratáis de fortificaros contra el reino de Jehová en mano de los hijos de David, porque sois muchos, y tenéis con vosotros los becerros de oro que Jeroboam os hizo por dioses.
Pero Jeroboam hizo girar una emboscada para venir á ellos por la espalda: y estando así delante de ellos, la emboscada estaba á espaldas de Judá.
Entonces los de Judá alzaron grita; y así que ellos alzaron grita, Dios desbarató á Jeroboam y á todo Israel delante de Abías y de Judá:
Y nunca más tuvo Jeroboam poderío en los días de Abías: é hirióle Jehová, y murió.
Porque quitó los altares del culto ajeno, y los altos; quebró las imágenes, y taló los bosques;
Entonces salió Asa contra él, y ordenaron la batalla en el valle de Sephata junto á Maresa.
Del cual juramento todos los de Judá se alegraron; porque de todo su corazón lo juraban, y de toda su voluntad lo buscaban: y fué hallado de ellos; y dióles Jehová reposo de todas partes.
Y el año treinta y nueve de su reinado enfermó Asa de los pies para arriba, y en su enfermedad no buscó á Jehová, sino á los médicos.
Y sepultáronlo en sus sepulcros que él había hecho para sí en la ciudad de David; Y pusiéronlo en una litera, la cual hinchieron de aromas y diversas materias odoríferas, preparadas por obra de perfumadores; é hiciéronle una quema muy grande.
Y traían de los Filisteos presentes á Josaphat, y tributos de plata. Los Arabes también le trajeron ganados, siete mil y setecientos carneros y siete mil y setecientos machos de cabrío.
Y el rey de Israel y Josaphat rey de Judá, estaban sentados cada uno en su trono, vestidos de sus ropas; y estaban sentados en la era á la entrada de la puerta de Samaria, y todos los profetas profetizaban delante de ellos.
Y Sedechîas hijo de Chênaana se había hecho cuernos de hierro, y decía: Así ha dicho Jehová: Con estos acornearás á los Siros hasta destruirlos del todo.
Y he aquí ahora ha puesto Jehová espíritu de mentira en la boca de estos tus profetas; mas Jehová ha decretado el mal acerca de ti.
Pues viendo los capitanes de los carros que no era el rey de Israel, desistieron de acosarle.
Y acudieron, y dieron aviso á Josaphat, diciendo: Contra ti viene una grande multitud de la otra parte de la mar, y de la Siria; y he aquí ellos están en Hasasón-tamar, que es Engedi.
No habrá para qué vosotros peleéis en este caso: paraos, estad quedos, y ved la salud de Jehová con vosotros. Oh Judá y Jerusalem, no temáis ni desmayéis; salid mañana contra ellos, que Jehová será con vosotros.
También él anduvo en los caminos de la casa de Achâb: porque su madre le aconsejaba á obrar impíamente.
Y buscando á Ochôzías, el cual se había escondido en Samaria, tomáronlo, y trajéronlo á Jehú, y le mataron; y diéronle sepultura, porque dijeron: Es hijo de Josaphat, el cual buscó á Jehová de todo su corazón. Y la casa de Ochôzías no tenía fuerzas para poder retener el reino.
Y ninguno entre en la casa de Jehová, sino los sacerdotes y Levitas que sirven: éstos entrarán, porque están consagrados; y todo el pueblo hará la guardia de Jehová.
Y juntó los sacerdotes y los Levitas, y díjoles: Salid por las ciudades de Judá, y juntad dinero de todo Israel, para que cada año sea reparada la casa de vuestro Dios; y vosotros poned diligencia en el negocio. Mas los Levitas no pusieron diligencia.
Porque la impía Athalía y sus hijos habían destruído la casa de Dios, y además habían gastado en los ídolos todas las cosas consagradas á la casa de Jehová.
Y como venía el tiempo para llevar el arca al magistrado del rey por mano de los Levitas, cuando veían que había mucho dinero, venía el escriba del rey, y el que estaba puesto por el sumo sacerdote, y llevaban el arca, y vaciábanla, y volvíanla á su lugar: y así lo hacían de día en día, y recogían mucho dinero;
Hizo él lo recto en los ojos de Jehová aunque no de perfecto corazón.
Mas un varón de Dios vino á él, diciéndole: Rey, no vaya contigo el ejército de Israel; porque Jehová no es con Israel, ni con todos los hijos de Ephraim.
Empero los del escuadrón que Amasías había despedido, porque no fuesen con él á la guerra, derramáronse sobre las ciudades de Judá, desde Samaria hasta Beth-oron, é hirieron de ellos tres mil, y tomaron un grande despojo.
Y Amasías rey de Judá, habido su consejo, envió á decir á Joas, hijo de Joachâz hijo de Jehú, rey de Israel: Ven, y veámonos cara á cara.
Y trajéronlo en caballos, y sepultáronlo con sus padres en la ciudad de Judá.
Además edificó ciudades en las montañas de Judá, y labró palacios y torres en los bosques.
Entonces el ejército dejó los cautivos y la presa delante de los príncipes y de toda la multitud.
Porque á más de esto, los Idumeos habían venido y herido á los de Judá, y habían llevado cautivos.
Y vino contra él Tilgath-pilneser, rey de los Asirios: pues lo redujo á estrechez, y no lo fortificó.
Además el rey Achâz en el tiempo que aquél le apuraba, añadió prevaricación contra Jehová;
Por tanto la ira de Jehová ha venido sobre Judá y Jerusalem, y los ha entregado á turbación, y á execración y escarnio, como veis vosotros con vuestros ojos.
Hijos míos, no os engañéis ahora, porque Jehová os ha escogido á vosotros para que estéis delante de él, y le sirváis, y seáis sus ministros, y le queméis perfume.
Y comenzaron á santificar el primero del mes primero, y á los ocho del mismo mes vinieron al pórtico de Jehová: y santificaron la casa de Jehová en ocho días, y en el dieciséis del mes primero acabaron.
Fueron pues correos con letras de mano del rey y de sus príncipes por todo Israel y Judá, como el rey lo había mandado, y decían: Hijos de Israel, volveos á Jehová el Dios de Abraham, de Isaac, y de Israel, y él se volverá á las reliquias que os han quedado de la mano de los reyes de Asiria.
Con todo eso, algunos hombres de Aser, de Manasés, y de Zabulón, se humillaron, y vinieron á Jerusalem.
Y juntóse en Jerusalem mucha gente para celebrar la solemnidad de los ázimos en el mes segundo; una vasta reunión.
Y pusiéronse en su orden conforme á su costumbre, conforme á la ley de Moisés varón de Dios; los sacerdotes esparcían la sangre que recibían de manos de los Levitas:
Porque una gran multitud del pueblo de Ephraim y Manasés, y de Issachâr y Zabulón, no se habían purificado, y comieron la pascua no conforme á lo que está escrito. Mas Ezechîas oró por ellos, diciendo: Jehová, que es bueno, sea propicio á todo aquel que ha apercibido su corazón para buscar á Dios,
A Jehová el Dios de sus padres, aunque no esté purificado según la purificación del santuario.
Y respondióle Azarías, sumo sacerdote, de la casa de Sadoc, y dijo: Desde que comenzaron á traer la ofrenda á la casa de Jehová, hemos comido y saciádonos, y nos ha sobrado mucho: porque Jehová ha bendecido su pueblo, y ha quedado esta muchedumbre.
Asimismo á los de su generación con todos sus niños, y sus mujeres, y sus hijos é hijas, á toda la familia; porque con fidelidad se consagraban á las cosas santas.
Con él es el brazo de carne, mas con nosotros Jehová nuestro Dios para ayudarnos, y pelear nuestras batallas. Y afirmóse el pueblo sobre las palabras de Ezechîas rey de Judá.
Y muchos trajeron ofrenda á Jehová á Jerusalem, y á Ezechîas rey de Judá, ricos dones; y fué muy grande delante de todas las gentes después de esto.
Empero Ezechîas, después de haberse engreído su corazón, se humilló, él y los moradores de Jerusalem; y no vino sobre ellos la ira de Jehová en los días de Ezechîas.
Y tuvo Ezechîas riquezas y gloria mucha en gran manera; é hízose de tesoros de plata y oro, de piedras preciosas, de aromas, de escudos, y de todas alhajas de desear;
Aprestado así el servicio, los sacerdotes se colocaron en sus puestos, y asimismo los Levitas en sus órdenes, conforme al mandamiento del rey.
Y los archeros tiraron al rey Josías flechas; y dijo el rey á sus siervos: Quitadme de aquí, porque estoy herido gravemente.
ENTONCES el pueblo de la tierra tomó á Joachâz hijo de Josías, é hiciéronle rey en lugar de su padre en Jerusalem.
Y el rey de Egipto lo quitó de Jerusalem, y condenó la tierra en cien talentos de plata y uno de oro.
Por lo cual trajo contra ellos al rey de los Caldeos, que mató á cuchillo sus mancebos en la casa de su santuario, sin perdonar joven, ni doncella, ni viejo, ni decrépito; todos los entregó en sus manos.
Los hijos de Ater, de Ezechîas, noventa y ocho;
Los varones de Nethopha, cincuenta y seis;
Los Levitas: los hijos de Jesuá y de Cadmiel, de los hijos de Odovías, setenta y cuatro.
Los hijos de Bacbuc, los hijos de Hacusa, los hijos de Harhur;
Los hijos de Jaala, los hijos de Darcón, los hijos de Giddel;
Los hijos de Sephatías, los hijos de Hatil, los hijos de Phochêreth-hassebaim, los hijos de Ami.
Sin sus siervos y siervas, los cuales eran siete mil trescientos treinta y siete: y tenían doscientos cantores y cantoras.
Según sus fuerzas dieron al tesorero de la obra sesenta y un mil dracmas de oro, y cinco mil libras de plata, y cien túnicas sacerdotales.
Y en días de Artajerjes, Bislam, Mitrídates, Tabeel, y los demás sus compañeros, escribieron á Artajerjes rey de Persia; y la escritura de la carta estaba hecha en siriaco, y declarada en siriaco.
Ahora, notorio sea al rey, que si aquella ciudad fuere reedificada, y los muros fueren establecidos, el tributo, pecho, y rentas no darán, y el catastro de lo reyes será menoscabado.
La carta que nos enviasteis claramente fué leída delante de mí.
Y por mí fué dado mandamiento, y buscaron, y hallaron que aquella ciudad de tiempo antiguo se levanta contra los reyes, y se rebela, y se forma en ella sedición:
Entonces, cuando el traslado de la carta del rey Artajerjes fué leído delante de Rehum, y de Simsai secretario, y sus compañeros, fueron prestamente á Jerusalem á los Judíos, é hiciéronles cesar con poder y fuerza.
Y PROFETIZARON Haggeo profeta, y Zacarías hijo de Iddo, profetas, á los Judíos que estaban en Judá y en Jerusalem yendo en nombre del Dios de Israel á ellos.
Entonces se levantaron Zorobabel hijo de Sealthiel, y Jesuá hijo de Josadec; y comenzaron á edificar la casa de Dios que estaba en Jerusalem; y con ellos los profetas de Dios que les ayudaban.
También es dado por mí mandamiento, que cualquiera que mudare este decreto, sea derribado un madero de su casa, y enhiesto, sea colgado en él: y su casa sea hecha muladar por esto.
Y los hijos de Israel, los sacerdotes y los Levitas, y los demás que habían venido de la trasportación, hicieron la dedicación de esta casa de Dios con gozo.
Por mí es dado mandamiento, que cualquiera que quisiere en mi reino, del pueblo de Israel y de sus sacerdotes y Levitas, ir contigo á Jerusalem, vaya.
Hasta cien talentos de plata, y hasta cien coros de trigo, y hasta cien batos de vino, y hasta cien batos de aceite; y sal sin tasa.
Y á vosotros os hacemos saber, que á todos los sacerdotes y Levitas, cantores, porteros, Nethineos y ministros de la casa de Dios, ninguno pueda imponerles tributo, ó pecho, ó renta.
De los hijos de Phinees, Gersón; de los hijos de Ithamar, Daniel; de los hijos de David, Hattus;
De los hijos de Joab, Obadías, hijo de Jehiel, y con él doscientos diez y ocho varones;
Y llegamos á Jerusalem, y reposamos allí tres días.
Y ACABADAS estas cosas, los príncipes se llegaron á mí, diciendo: El pueblo de Israel, y los sacerdotes y Levitas, no se han apartado de los pueblos de las tierras, de los Cananeos, Hetheos, Pherezeos, Jebuseos, Ammonitas, y Moabitas, Egipcios, y Amorrheos, haciendo conforme á sus abominaciones.
Lo cual oyendo yo, rasgué mi vestido y mi manto, y arranqué de los cabellos de mi cabeza y de mi barba, y sentéme atónito.
Ahora pues hagamos pacto con nuestro Dios, que echaremos todas las mujeres y los nacidos de ellas, según el consejo del Señor, y de los que temen el mandamiento de nuestro Dios: y hágase conforme á la ley.
Y concluyeron, con todos aquellos que habían tomado mujeres extranjeras, al primer día del mes primero.
Y de los hijos de Phasur: Elioenai, Maasías, Ismael, Nathanael, Jozabad, y Elasa.
Y de los hijos de Nebo: Jehiel, Matithías, Zabad, Zebina, Jadau, y Joel, Benaías.
En extremo nos hemos corrompido contra ti, y no hemos guardado los mandamientos, y estatutos y juicios, que mandaste á Moisés tu siervo.
Y dije al rey: Si al rey place, y si agrada tu siervo delante de ti, que me envíes á Judá, á la ciudad de los sepulcros de mis padres, y la reedificaré.
Pasé luego á la puerta de la Fuente, y al estanque del Rey; mas no había lugar por donde pasase la cabalgadura en que iba.
Tras él restauró Meremoth hijo de Urías hijo de Cos la otra medida, desde la entrada de la casa de Eliasib, hasta el cabo de la casa de Eliasib.
Después de ellos restauraron Benjamín y Hasub, frente á su casa: y después de estos restauró Azarías, hijo de Maasías hijo de Ananías, cerca de su casa.
Paal hijo de Uzai, enfrente de la esquina y la torre alta que sale de la casa del rey, que está en el patio de la cárcel. Después de él, Pedaía hijo de Pharos.
Después de él restauraron los Tecoitas la otra medida, enfrente de la grande torre que sobresale, hasta el muro de Ophel.
Después de él restauró Malchîas hijo del platero, hasta la casa de los Nethineos y de los tratantes, enfrente de la puerta del Juicio, y hasta la sala de la esquina.
Oye, oh Dios nuestro, que somos en menosprecio, y vuelve el baldón de ellos sobre su cabeza, y dalos en presa en la tierra de su cautiverio:
Entonces oramos á nuestro Dios, y por causa de ellos pusimos guarda contra ellos de día y de noche.
Y dijo Judá: Las fuerzas de los acarreadores se han enflaquecido, y el escombro es mucho, y no podemos edificar el muro.
Y nuestros enemigos dijeron: No sepan, ni vean, hasta que entremos en medio de ellos, y los matemos, y hagamos cesar la obra.
Y dije á los principales, y á los magistrados y al resto del pueblo: La obra es grande y larga, y nosotros estamos apartados en el muro, lejos los unos de los otros:
Acuérdate de mí para bien, Dios mío, y de todo lo que hice á este pueblo.
Y FUÉ que habiendo oído Sanballat, y Tobías, y Gesem el Arabe, y los demás nuestros enemigos, que había yo edificado el muro, y que no quedaba en él portillo, (aunque hasta aquel tiempo no había puesto en las puertas las hojas,)
Y enviéles mensajeros, diciendo: Yo hago una grande obra, y no puedo ir; porque cesaría la obra, dejándola yo para ir á vosotros.
Envió entonces Sanballat á mí su criado, á decir lo mismo por quinta vez, con una carta abierta en su mano,
En la cual estaba escrito: Hase oído entre las gentes, y Gasmu lo dice, que tú y los Judíos pensáis rebelaros; y que por eso edificas tú el muro, con la mira, según estas palabras, de ser tú su rey;
Y díjeles: No se abran las puertas de Jerusalem hasta que caliente el sol: y aun ellos presentes, cierren las puertas, y atrancad. Y señalé guardas de los moradores de Jerusalem, cada cual en su guardia, y cada uno delante de su casa.
Los hijos de Ater, de Ezechîas, noventa y ocho;
Los hijos de Hasum, trescientos veintiocho;
Los hijos de Besai, trescientos veinticuatro;
Nethineos: los hijos de Siha, los hijos de Hasupha, los hijos de Thabaoth,
Los hijos de Gazzam, los hijos de Uzza, los hijos de Phasea,
Sin sus siervos y siervas, que eran siete mil trescientos treinta y siete; y entre ellos había doscientos cuarenta y cinco cantores y cantoras.
Y leían en el libro de la ley de Dios claramente, y ponían el sentido, de modo que entendiesen la lectura.
Mas ellos y nuestros padres hicieron soberbiamente, y endurecieron su cerviz, y no escucharon tus mandamientos,
Y tomaron ciudades fortalecidas, y tierra pingüe, y heredaron casas llenas de todo bien, cisternas hechas, viñas y olivares, y muchos árboles de comer; y comieron, y hartáronse, y engrosáronse, y deleitáronse en tu grande bondad.
Y entregástelos en mano de sus enemigos, los cuales los afligieron: y en el tiempo de su tribulación clamaron á ti, y tú desde los cielos los oíste; y según tus muchas miseraciones les dabas salvadores, que los salvasen de mano de sus enemigos.
Mesullam, Abías, Miamín,
Ariph, Anathoth, Nebai,
De los sacerdotes: Jedaías hijo de Joiarib, Jachîn,
Y de los Levitas: Semaías hijo de Hassub, hijo de Azricam, hijo de Hasabías, hijo de Buni;
Amarías, Malluch, Hartus,
Y Joiada engendró á Jonathán, y Jonathán engendró á Jaddua.
Y á la puerta de la Fuente, en derecho delante de ellos, subieron por las gradas de la ciudad de David, por la subida del muro, desde la casa de David hasta la puerta de las Aguas al oriente.
Y fué que, como oyeron la ley, apartaron de Israel toda mistura.
Y venido á Jerusalem, entendí el mal que había hecho Eliasib en atención á Tobías, haciendo para él cámara en los patios de la casa de Dios.
Y dolióme en gran manera; y eché todas las alhajas de la casa de Tobías fuera de la cámara;
Entendí asimismo que las partes de los Levitas no se les habían dado; y que los Levitas y cantores que hacían el servicio se habían huído cada uno á su heredad.
Y sus hijos la mitad hablaban asdod, y conforme á la lengua de cada pueblo; que no sabían hablar judaico.
El pabellón era de blanco, verde, y cárdeno, tendido sobre cuerdas de lino y púrpura en sortijas de plata y columnas de mármol: los reclinatorios de oro y de plata, sobre losado de pórfido y de mármol, y de alabastro y de jacinto.
Y estaban junto á él, Carsena, y Sethar, y Admatha, y Tharsis, y Meres, y Marsena, y Memucán, siete príncipes de Persia y de Media que veían la cara del rey, y se sentaban los primeros del reino:)
Qué se había de hacer según la ley con la reina Vasthi, por cuanto no había cumplido la orden del rey Assuero, enviada por mano de los eunucos.
Y cada día Mardochêo se paseaba delante del patio de la casa de las mujeres, por saber cómo iba á Esther, y qué se hacía de ella.
Y como llegaba el tiempo de cada una de las mozas para venir al rey Assuero, al cabo de haber estado ya doce meses conforme á la ley acerca de las mujeres (porque así se cumplía el tiempo de sus atavíos, esto es, seis meses con óleo de mirra, y seis meses con cosas aromáticas y afeites de mujeres),
Ella venía á la tarde, y á la mañana se volvía á la casa segunda de las mujeres, al cargo de Saasgaz eunuco del rey, guarda de las concubinas: no venía más al rey, salvo si el rey la quería, y era llamada por nombre.
DESPUÉS de estas cosas, el rey Assuero engrandeció á Amán hijo de Amadatha Agageo, y ensalzólo, y puso su silla sobre todos los príncipes que estaban con él.
Y vió Amán que Mardochêo ni se arrodillaba ni se humillaba delante de él; y llenóse de ira.
Entonces fueron llamados los escribanos del rey en el mes primero, á trece del mismo, y fué escrito conforme á todo lo que mandó Amán, á los príncipes del rey, y á los capitanes que estaban sobre cada provincia, y á los príncipes de cada pueblo, á cada provincia según su escritura, y á cada pueblo según su lengua: en nombre del rey Assuero fué escrito, y signado con el anillo del rey.
Y dijeron á Mardochêo las palabras de Esther.
Y Esther dijo que respondiesen á Mardochêo:
Y dijo el rey: ¿Qué tienes, reina Esther? ¿y cuál es tu petición? Hasta la mitad del reino, se te dará.
Y dijo el rey á Esther en el banquete del vino: ¿Cuál es tu petición, y te será otorgada? ¿Cuál es tu demanda? Aunque sea la mitad del reino, te será concedida.
Si he hallado gracia en los ojos del rey, y si place al rey otorgar mi petición y hacer mi demanda, que venga el rey con Amán al banquete que les dispondré; y mañana haré conforme á lo que el rey ha mandado.
Y refirióles Amán la gloria de sus riquezas, y la multitud de sus hijos, y todas las cosas con que el rey le había engrandecido y con que le había ensalzado sobre los príncipes y siervos del rey.
Y Amán tomó el vestido y el caballo, y vistió á Mardochêo, y llevólo á caballo por la plaza de la ciudad, é hizo pregonar delante de él: Así se hará al varón cuya honra desea el rey.
Y dijo Harbona, uno de los eunucos de delante del rey: He aquí también la horca de cincuenta codos de altura que hizo Amán para Mardochêo, el cual había hablado bien por el rey, está en casa de Amán. Entonces el rey dijo: Colgadlo en ella.
Así colgaron á Amán en la horca que él había hecho aparejar para Mardochêo; y apaciguóse la ira del rey.
Y respondió el rey Assuero á la reina Esther, y á Mardochêo Judío: He aquí yo he dado á Esther la casa de Amán, y á él han colgado en la horca, por cuanto extendió su mano contra los Judíos.
La copia de la escritura que había de darse por ordenanza en cada provincia, para que fuese manifiesta á todos los pueblos, decía que los Judíos estuviesen apercibidos para aquel día, para vengarse de sus enemigos.
Y salió Mardochêo de delante del rey con vestido real de cárdeno y blanco, y una gran corona de oro, y un manto de lino y púrpura: y la ciudad de Susán se alegró y regocijó.
Porque Mardochêo era grande en la casa del rey, y su fama iba por todas las provincias; pues el varón Mardochêo iba engrandeciéndose.
E hirieron los Judíos á todos sus enemigos con plaga de espada, y de mortandad, y de perdición; é hicieron en sus enemigos á su voluntad.
Mataron entonces á Phorsandatha, y á Dalphón, y á Asphatha,
Y respondió Esther: Si place al rey, concédase también mañana á los Judíos en Susán, que hagan conforme á la ley de hoy; y que cuelguen en la horca á los diez hijos de Amán.
Y los Judíos que estaban en Susán, se juntaron también el catorce del mes de Adar, y mataron en Susán trescientos hombres: mas en la presa no metieron su mano.
En cuanto á los otros Judíos que estaban en las provincias del rey, también se juntaron y pusiéronse en defensa de su vida, y tuvieron reposo de sus enemigos, y mataron de sus contrarios setenta y cinco mil; mas en la presa no metieron su mano.
Establecieron y tomaron los Judíos sobre sí, y sobre su simiente, y sobre todos los allegados á ellos, y no será traspasado, el celebrar estos dos días según está escrito en orden á ellos, y conforme á su tiempo cada un año;
Y su hacienda era siete mil ovejas, y tres mil camellos, y quinientas yuntas de bueyes, y quinientas asnas, y muchísimos criados: y era aquel varón grande más que todos los Orientales.
Y acontecía que, habiendo pasado en turno los días del convite, Job enviaba y santificábalos, y levantábase de mañana y ofrecía holocaustos conforme al número de todos ellos. Porque decía Job: Quizá habrán pecado mis hijos, y habrán blasfemado á Dios en sus corazones. De esta manera hacía todos los días.
Y dijo Jehová á Satán: He aquí, todo lo que tiene está en tu mano: solamente no pongas tu mano sobre él. Y salióse Satán de delante de Jehová.
Ocupe la oscuridad aquella noche; no sea contada entre los días del año, ni venga en el número de los meses.
O con los príncipes que poseían el oro, que henchían sus casas de plata.
¿Por qué al hombre que no sabe por donde vaya, y al cual Dios ha encerrado?
¿Es este tu temor, tu confianza, tu esperanza, y la perfección de tus caminos?
Su mies comerán los hambrientos, y sacaránla de entre las espinas, y los sedientos beberán su hacienda.
Que prende á los sabios en la astucia de ellos, y el consejo de los perversos es entontecido;
Porque él es el que hace la llaga, y él la vendará: él hiere, y sus manos curan.
Pues aun con las piedras del campo tendrás tu concierto, y las bestias del campo te serán pacíficas.
¿Hay iniquidad en mi lengua? ¿no puede mi paladar discernir las cosas depravadas?
Y RESPONDIÓ Bildad Suhita, y dijo:
¿No te enseñarán ellos, te dirán, y de su corazón sacarán palabras?
Los que te aborrecen, serán vestidos de confusión; y la habitación de los impíos perecerá.
Que remueve la tierra de su lugar, y hace temblar sus columnas:
Dios no tornará atrás su ira, y debajo de él se encorvan los que ayudan á los soberbios.
Si yo me justificare, me condenará mi boca; si me dijere perfecto, esto me hará inicuo.
Una cosa resta que yo diga: Al perfecto y al impío él los consume.
Porque no es hombre como yo, para que yo le responda, y vengamos juntamente á juicio.
Para que inquieras mi iniquidad, y busques mi pecado,
Antes que vaya para no volver, á la tierra de tinieblas y de sombra de muerte;
Tierra de oscuridad, lóbrega como sombra de muerte, sin orden, y que aparece como la oscuridad misma.
Porque él conoce á los hombres vanos: ve asimismo la iniquidad, ¿y no hará caso?
Si tú apercibieres tu corazón, y extendieres á él tus manos;
De cierto su alteza os había de espantar, y su pavor había de caer sobre vosotros.
Escuchadme, y hablaré yo, y véngame después lo que viniere.
He aquí ahora, si yo me apercibiere á juicio, sé que seré justificado.
Llama luego, y yo responderé; ó yo hablaré, y respóndeme tú.
Y el cuerpo mío se va gastando como de carcoma, como vestido que se come de polilla.
Aficionado á la obra de tus manos, llamarás, y yo te responderé.
Mas su carne sobre él se dolerá, y entristecerse ha en él su alma.
Tú también disipas el temor, y menoscabas la oración delante de Dios.
¿Naciste tú primero que Adam? ¿ó fuiste formado antes que los collados?
(Lo que los sabios nos contaron de sus padres, y no lo encubrieron;
Desasosegado á comer siempre, sabe que le está aparejado día de tinieblas.
Porque cubrió su rostro con su gordura, é hizo pliegues sobre los ijares;
No confíe el iluso en la vanidad; porque ella será su recompensa.
Y RESPONDIÓ Job, y dijo:
¿Tendrán fin las palabras ventosas? ó ¿qué te animará á responder?
Próspero estaba, y desmenuzóme: y arrebatóme por la cerviz, y despedazóme, y púsome por blanco suyo.
Y RESPONDIÓ Job, y dijo:
Mas si vosotros os engrandeciereis contra mí, y adujereis contra mí mi oprobio,
Aun los muchachos me menospreciaron: en levantándome, hablaban contra mí.
Por cierto mis pensamientos me hacen responder, y por tanto me apresuro.
Como sueño volará, y no será hallado: y disiparáse como visión nocturna.
Su comida se mudará en sus entrañas, hiel de áspides será dentro de él.
Veneno de áspides chupará; matarálo lengua de víbora.
Esta es la parte que Dios apareja al hombre impío, y la heredad que Dios le señala por su palabra.
Dicen pues á Dios: Apártate de nosotros, que no queremos el conocimiento de tus caminos.
Igualmente yacerán ellos en el polvo, y gusanos los cubrirán.
Porque llevado será él á los sepulcros, y en el montón permanecerá.
¿Cómo pues me consoláis en vano, viniendo á parar vuestras respuestas en falacia?
Y RESPONDIÓ Eliphaz Temanita, y dijo:
¿Traerá el hombre provecho á Dios, porque el sabio sea provechoso á sí mismo?
Por cierto tu malicia es grande, y tus maldades no tienen fin.
Por tanto hay lazos alrededor de ti, y te turba espanto repentino;
¿No está Dios en la altura de los cielos? Mira lo encumbrado de las estrellas, cuán elevadas están.
Porque entonces te deleitarás en el Omnipotente, y alzarás á Dios tu rostro.
Orarás á él, y él te oirá; y tú pagarás tus votos.
¿Pleitearía conmigo con grandeza de fuerza? No: antes él la pondría en mí.
Mas él conoció mi camino: probaráme, y saldré como oro.
Del mandamiento de sus labios nunca me separé; guardé las palabras de su boca más que mi comida.
He aquí, como asnos monteses en el desierto, salen á su obra madrugando para robar; el desierto es mantenimiento de sus hijos.
He aquí que ni aun la misma luna será resplandeciente, ni las estrellas son limpias delante de sus ojos:
¿Cuánto menos el hombre que es un gusano, y el hijo de hombre, también gusano?
Y RESPONDIÓ Job, y dijo:
Vive Dios, el cual ha apartado mi causa, y el Omnipotente, que amargó el alma mía,
¿Deleitaráse en el Omnipotente? ¿invocará á Dios en todo tiempo?
Yo os enseñaré en orden á la mano de Dios: no esconderé lo que hay para con el Omnipotente.
Si sus hijos fueren multiplicados, serán para el cuchillo; y sus pequeños no se hartarán de pan;
CIERTAMENTE la plata tiene sus veneros, y el oro lugardonde se forma.
No puede ser apreciada con oro de Ophir, ni con onique precioso, ni con zafiro.
Y VOLVIÓ Job á tomar su propósito, y dijo:
Por causa de la pobreza y del hambre andaban solos; huían á la soledad, á lugar tenebroso, asolado y desierto.
Que cogían malvas entre los arbustos, y raíces de enebro para calentarse.
Haste tornado cruel para mí: con la fortaleza de tu mano me amenazas.
¿No lloré yo al afligido? Y mi alma ¿no se entristeció sobre el menesteroso?
Y si comí mi bocado solo, y no comió de él el huérfano;
Porque temí el castigo de Dios, contra cuya alteza yo no tendría poder.
Por eso yo también responderé mi parte, también yo declararé mi juicio.
De cierto mi vientre está como el vino que no tiene respiradero, y se rompe como odres nuevos.
He aquí yo abriré ahora mi boca, y mi lengua hablará en mi garganta.
He aquí que él buscó achaques contra mí, y me tiene por su enemigo;
Detendrá su alma de corrupción, y su vida de que pase á cuchillo.
Enterneceráse su carne más que de niño, volverá á los días de su mocedad.
Para apartar su alma del sepulcro, y para iluminarlo con la luz de los vivientes.
Y va en compañía con los que obran iniquidad, y anda con los hombres maliciosos.
Por tanto él hará notorias las obras de ellos, cuando los trastornará en la noche, y serán quebrantados.
Por cuanto así se apartaron de él, y no consideraron todos sus caminos;
Deseo yo que Job sea probado ampliamente, á causa de sus respuestas por los hombres inicuos.
Después de ella bramará el sonido, tronará él con la voz de su magnificencia; y aunque sea oída su voz, no los detiene.
Y no se hallaron mujeres tan hermosas como las hijas de Job en toda la tierra: y dióles su padre herencia entre sus hermanos.
Yo publicaré el decreto: Jehová me ha dicho: Mi hijo eres tú; yo te engendré hoy.
Mas tú, Jehová, eres escudo alrededor de mí: mi gloria, y el que ensalza mi cabeza.
Porque no hay en su boca rectitud: sus entrañas son pravedades; sepulcro abierto su garganta: con su lengua lisonjearán.
Desbarátalos, oh Dios; caigan de sus consejos: por la multitud de sus rebeliones échalos, porque se rebelaron contra ti.
Heme consumido á fuerza de gemir: todas las noches inundo mi lecho, riego mi estrado con mis lágrimas.
Sigaión de David, que cantó á Jehová sobre las palabras de Cus, hijo de Benjamín. JEHOVÁ Dios mío, en ti he confiado: sálvame de todos los que me persiguen, y líbrame;
Consúmase ahora la malicia de los inicuos, y establece al justo; pues el Dios justo prueba los corazones y los riñones.
Al Músico principal: sobre Gittith: Salmo de David. OH Jehová, Señor nuestro, ¡cuán grande es tu nombre en toda la tierra, que has puesto tu gloria sobre los cielos!
Al Músico principal: sobre Muth-labben: Salmo de David. TE alabaré, oh Jehová, con todo mi corazón; contaré todas tus maravillas.
Alegraréme y regocijaréme en ti: cantaré á tu nombre, oh Altísimo;
Y será Jehová refugio al pobre, refugio para el tiempo de angustia.
Dice en su corazón: Dios está olvidado, ha encubierto su rostro; nunca lo verá.
Al Músico principal: Salmo de David. ¿HASTA cuándo, Jehová? ¿me olvidarás para siempre? ¿hasta cuándo esconderás tu rostro de mí?
Aquel á cuyos ojos es menospreciado el vil; mas honra á los que temen á Jehová: y habiendo jurado en daño suyo, no por eso muda.
Dijiste, oh alma mía, á Jehová: Tú eres el Señor: mi bien á ti noaprovecha;
Cercáronme dolores de muerte, y torrentes de perversidad me atemorizaron.
Hame pagado Jehová conforme á mi justicia: conforme á la limpieza de mis manos me ha vuelto.
Pagóme pues Jehová conforme á mi justicia; conforme á la limpieza de mis manos delante de sus ojos.
Viva Jehová, y sea bendita mi roca; y ensalzado sea el Dios de mi salud:
El temor de Jehová, limpio, que permanece para siempre; los juicios de Jehová son verdad, todos justos.
Salva, Jehová: que el Rey nos oiga el día que lo invocáremos.
El deseo de su corazón le diste, y no le negaste lo que sus labios pronunciaron. (Selah.)
Grande es su gloria en tu salud: honra y majestad has puesto sobre él.
Heme escurrido como aguas, y todos mis huesos se descoyuntaron: mi corazón fué como cera, desliéndose en medio de mis entrañas.
Los que teméis á Jehová, alabadle; glorificadle, simiente toda de Jacob; y temed de él, vosotros, simiente toda de Israel.
La posteridad le servirá; será ella contada por una generación de Jehová.
Aderezarás mesa delante de mí, en presencia de mis angustiadores: ungiste mi cabeza con aceite: mi copa está rebosando.
Tal es la generación de los que le buscan, de los que buscan tu rostro, oh Dios de Jacob. (Selah.)
¿Quién es este Rey de gloria? Jehová de los ejércitos, él es el Rey de la gloria. (Selah.)
Mis ojos están siempre hacia Jehová; porque él sacará mis pies de la red.
En cuyas manos está el mal, y su diestra está llena de sobornos.
Yo empero andaré en mi integridad: redímeme, y ten misericordia de mí.
Porque él me esconderá en su tabernáculo en el día del mal; ocultaráme en lo reservado de su pabellón; pondráme en alto sobre una roca.
No me arrebates á una con los malos, y con los que hacen iniquidad: los cuales hablan paz con sus prójimos, y la maldad está en su corazón.
Voz de Jehová que hará estar de parto á las ciervas, y desnudará las breñas: y en su templo todos los suyos le dicen gloria.
Inclina á mí tu oído, líbrame presto; séme por roca de fortaleza, por casa fuerte para salvarme.
Me gozaré y alegraré en tu misericordia; porque has visto mi aflicción; has conocido mi alma en las angustias.
Y no me encerraste en mano del enemigo; hiciste estar mis pies en anchura.
Ten misericordia de mí, oh Jehová, que estoy en angustia: hanse consumido de pesar mis ojos, mi alma, y mis entrañas.
En tu mano están mis tiempos: líbrame de la mano de mis enemigos, y de mis perseguidores.
Esforzaos todos vosotros los que esperáis en Jehová, y tome vuestro corazón aliento.
Desde los cielos miró Jehová; vió á todos los hijos de los hombres:
Cercano está Jehová á los quebrantados de corazón; y salvará á los contritos de espíritu.
Porque sin causa escondieron para mí su red en un hoyo; sin causa hicieronhoyopara mi alma.
Júzgame conforme á tu justicia, Jehová Dios mío; y no se alegren de mí.
Extiende tu misericordia á los que te conocen, y tu justicia á los rectos de corazón.
Encomienda á Jehová tu camino, y espera en él; y él hará.
Calla á Jehová, y espera en él: no te alteres con motivo del que prospera en su camino, por el hombre que hace maldades.
Déjate de la ira, y depón el enojo: no te excites en manera alguna á hacer lo malo.
Porque Jehová ama la rectitud, y no desampara sus santos: para siempre serán guardados; mas la simiente de los impíos será extirpada.
Vi yo al impío sumamente ensalzado, y que se extendía como un laurel verde.
No hay sanidad en mi carne á causa de tu ira; ni hay paz en mis huesos á causa de mi pecado.
Estoy encorvado, estoy humillado en gran manera, ando enlutado todo el día.
Mas yo, como si fuera sordo, no oía; y estaba como un mudo, que no abre su boca.
Y pagando mal por bien me son contrarios, por seguir yo lo bueno.
No me desampares, oh Jehová: Dios mío, no te alejes de mí.
Déjame, y tomaré fuerzas, antes que vaya y perezca.
No encubrí tu justicia dentro de mi corazón: tu verdad y tu salvación he dicho: no oculté tu misericordia y tu verdad en grande concurso.
Quieras, oh Jehová, librarme; Jehová, apresúrate á socorrerme.
Mis enemigos dicen mal de mí preguntando: ¿Cuándo morirá, y perecerá su nombre?
En cuanto á mí, en mi integridad me has sustentado, y me has hecho estar delante de ti para siempre.
Porque no confiaré en mi arco, ni mi espada me salvará.
Cada día mi vergüenza está delante de mí, y cúbreme la confusión de mi rostro,
No se ha vuelto atrás nuestro corazón, ni tampoco se han apartado nuestros pasos de tus caminos.
Si nos hubiésemos olvidado del nombre de nuestro Dios, ó alzado nuestras manos á dios ajeno,
Empero por tu causa nos matan cada día; somos tenidos como ovejas para el matadero.
Bramarán, turbaránse sus aguas; temblarán los montes á causa de su braveza. (Selah.)
El sujetará á los pueblos debajo de nosotros, y á las gentes debajo de nuestros pies.
Subió Dios con júbilo, Jehová con sonido de trompeta.
E invócame en el día de la angustia: te libraré, y tú me honrarás.
Mas yo estoy como oliva verde en la casa de Dios: en la misericordia de Dios confío perpetua y eternalmente.
Mas tú, hombre, al parecer íntimo mío, mi guía, y mi familiar:
Echa sobre Jehová tu carga, y él te sustentará; no dejará para siempre caído al justo.
En Dios he confiado: no temeré lo que me hará el hombre.
El enviará desde los cielos, y me salvará de la infamia del que me apura (Selah); Dios enviará su misericordia y su verdad.
Mío es Galaad, y mío es Manasés; y Ephraim es la fortaleza de mi cabeza; Judá, mi legislador;
Moab, la vasija de mi lavatorio; sobre Edom echaré mi zapato: haz júbilo sobre mí, oh Palestina.
Obstinados en su inicuo designio, tratan de esconder los lazos, y dicen: ¿Quién los ha de ver?
Tú, el que afirma los montes con su potencia, ceñido de valentía:
Tú coronas el año de tus bienes; y tus nubes destilan grosura.
El es el que puso nuestra alma en vida, y no permitió que nuestros pies resbalasen.
La tierra tembló; también destilaron los cielos á la presencia de Dios: aquel Sinaí tembló delante de Dios, del Dios de Israel.
El Señor daba palabra: de las evangelizantes había grande ejército.
Bendito el Señor; cada día nos colma de beneficios el Dios de nuestra salud. (Selah.)
Reinos de la tierra, cantad á Dios, cantad al Señor (Selah);
Hanse aumentado más que los cabellos de mi cabeza los que me aborrecen sin causa; hanse fortalecido mis enemigos, los que me destruyen sin por qué: he venido pues á pagar lo que no he tomado.
Oyeme, Jehová, porque apacible es tu misericordia; mírame conforme á la multitud de tus miseraciones.
Acércate á mi alma, redímela: líbrame á causa de mis enemigos.
Pusiéronme además hiel por comida, y en mi sed me dieron á beber vinagre.
Porque persiguieron al que tú heriste; y cuentan del dolor de los que tú llagaste.
Pon maldad sobre su maldad, y no entren en tu justicia.
Gócense y alégrense en ti todos los que te buscan; y digan siempre los que aman tu salud: Engrandecido sea Dios.
Acábanse las oraciones de David, hijo de Isaí.
He aquí estos impíos, sin ser turbados del mundo, alcanzaron riquezas.
Pues he sido azotado todo el día, y empezaba mi castigo por las mañanas.
Y ahora con hachas y martillos han quebrado todas sus entalladuras.
Tú magullaste las cabezas del leviathán; dístelo por comida al pueblo de los desiertos.
Tú estableciste todos los términos de la tierra: el verano y el invierno tú los formaste.
Levántate, oh Dios, aboga tu causa: acuérdate de cómo el insensato te injuria cada día.
¿Hase acabado para siempre su misericordia? ¿hase acabado la palabra suya para generación y generación?
Las cuales hemos oído y entendido; que nuestros padres nos las contaron.
Antes se olvidaron de sus obras, y de sus maravillas que les había mostrado.
Sus viñas destruyó con granizo, y sus higuerales con piedra;
Empero hizo salir á su pueblo como ovejas, y llevólos por el desierto, como un rebaño.
Y guiólos con seguridad, que no tuvieron miedo; y la mar cubrió á sus enemigos.
Y dió en cautividad su fortaleza, y su gloria en mano del enemigo.
Porque han consumido á Jacob, y su morada han asolado.
En una nada habría yo derribado sus enemigos, y vuelto mi mano sobre sus adversarios.
Atravesando el valle de Baca pónenle por fuente, cuando la lluvia llena los estanques.
Alegra el alma de tu siervo: porque á ti, oh Señor, levanto mi alma.
Entonces hablaste en visión á tu santo, y dijiste: Yo he puesto el socorro sobre valiente; he ensalzado un escogido de mi pueblo.
Y pondré su simiente para siempre, y su trono como los días de los cielos.
Rompiste el pacto de tu siervo; has profanado su corona hasta la tierra.
En el decacordio y en el salterio, en tono suave con el arpa.
Empero tú ensalzarás mi cuerno como el de unicornio: seré ungido con aceite fresco.
Para tranquilizarle en los días de aflicción, en tanto que para el impío se cava el hoyo.
Porque Jehová es Dios grande; y Rey grande sobre todos los dioses.
No endurezcáis vuestro corazón como en Meriba, como el día de Masa en el desierto;
CANTAD á Jehová canción nueva; cantad á Jehová, toda la tierra.
Salmead á Jehová con arpa; con arpa y voz de cántico.
Jehová en Sión es grande, y ensalzado sobre todos los pueblos.
Al que solapadamente infama á su prójimo, yo le cortaré; no sufriré al de ojos altaneros, y de corazón vanidoso.
No escondas de mí tu rostro: en el día de mi angustia inclina á mí tu oído; el día que te invocare, apresúrate á responderme.
Los hijos de tus siervos habitarán, y su simiente será afirmada delante de ti.
Mas la misericordia de Jehová desde el siglo y hasta el siglo sobre los que le temen, y su justicia sobre los hijos de los hijos;
Con el abismo, como con vestido, la cubriste; sobre los montes estaban las aguas.
Sale el hombre á su hacienda, y á su labranza hasta la tarde.
Les das, recogen; abres tu mano, hártanse de bien.
Serme ha suave hablar de él: yo me alegraré en Jehová.
Diciendo: A ti daré la tierra de Canaán por cordel de vuestra heredad.
Y anduvieron de gente en gente, de un reino á otro pueblo.
Volvió en su tierra sus lluvias en granizo, y en fuego de llamaradas.
Y sacrificaron sus hijos y sus hijas á los demonios;
Y entrególos en poder de las gentes, y enseñoreáronse de ellos los que los aborrecían.
Sálvanos, Jehová Dios nuestro, y júntanos de entre las gentes, para que loemos tu santo nombre, para que nos gloriemos en tus alabanzas.
Su alma abominó toda vianda, y llegaron hasta las puertas de la muerte.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres:
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres.
Y los bendice, y se multiplican en gran manera; y no disminuye sus bestias.
El principio de la sabiduría es el temor de Jehová: buen entendimiento tienen cuantos ponen aquéllos por obra: su loor permanece para siempre.
Aleluya. BIENAVENTURADO el hombre que teme á Jehová, yen sus mandamientos se deleita en gran manera.
CUANDO salió Israel de Egipto, la casa de Jacob del pueblo bárbaro,
El cual tornó la peña en estanque de aguas, y en fuente de aguas la roca.
Bendecirá á los que temen á Jehová; á chicos y á grandes.
Vuelve, oh alma mía, á tu reposo; porque Jehová te ha hecho bien.
Andaré delante de Jehová en la tierra de los vivientes.
Oh Jehová, que yo soy tu siervo, yo tu siervo, hijo de tu sierva: rompiste mis prisiones.
En los atrios de la casa de Jehová, en medio de ti, oh Jerusalem. Aleluya.
Mejor es esperar en Jehová que esperar en príncipes.
Empujásteme con violencia para que cayese: empero ayudóme Jehová.
Voz de júbilo y de salvación hay en las tiendas de los justos: la diestra de Jehová hace proezas.
Abridme las puertas de la justicia: entraré por ellas, alabaré á JAH.
ALEPH. BIENAVENTURADOS los perfectos de camino; los que andan en la ley de Jehová.
Recrearéme en tus estatutos: no me olvidaré de tus palabras.
Y no quites de mi boca en ningún tiempo la palabra de verdad; porque á tu juicio espero.
Esta es mi consuelo en mi aflicción: porque tu dicho me ha vivificado.
Acordéme en la noche de tu nombre, oh Jehová, y guardé tu ley.
Los que te temen, me verán, y se alegrarán; porque en tu palabra he esperado.
Conozco, oh Jehová, que tus juicios son justicia, y que conforme á tu fidelidad me afligiste.
Tórnense á mí los que te temen y conocen tus testimonios.
Sea mi corazón íntegro en tus estatutos; porque no sea yo avergonzado.
CAPH. Desfallece mi alma por tu salud, esperando en tu palabra.
Casi me han echado por tierra: mas yo no he dejado tus mandamientos.
LAMED. Para siempre, oh Jehová, permanece tu palabra en los cielos.
Como escorias hiciste consumir á todos los impíos de la tierra: por tanto yo he amado tus testimonios.
Responde por tu siervo para bien: no me hagan violencia los soberbios.
COPH. Clamé con todo mi corazón; respóndeme, Jehová, y guardaré tus estatutos.
Acercáronse á la maldad los que me persiguen; alejáronse de tu ley.
Aboga mi causa, y redímeme: vivifícame con tu dicho.
Mi alma ha guardado tus testimonios, y helos amado en gran manera.
Venga mi oración delante de ti: líbrame conforme á tu dicho.
Jerusalem, que se ha edificado como una ciudad que está bien unida entre sí.
He aquí como los ojos de los siervosmiraná la mano de sus señores, ycomo los ojos de la sierva á la mano de su señora; así nuestros ojosmiraná Jehová nuestro Dios, hasta que haya misericordia de nosotros.
A no haber estado Jehová por nosotros, cuando se levantaron contra nosotros los hombres,
Nuestro socorro es en el nombre de Jehová, que hizo el cielo y la tierra.
Cántico gradual: para Salomón. SI Jehová no edificare la casa, en vano trabajan los que la edifican: si Jehová no guardare la ciudad, en vano vela la guarda.
Por demás os es el madrugar á levantaros, el veniros tarde á reposar, el comer pan de dolores: pues que á su amado dará Dios el sueño.
He aquí, heredad de Jehová son los hijos: cosa de estima el fruto del vientre.
Serán como la hierba de los tejados, que se seca antes que crezca:
Cántico gradual: de David. JEHOVÁ, no se ha envanecido mi corazón, ni mis ojos se enaltecieron; ni anduve en grandezas, ni en cosas para mí demasiado sublimes.
Casa de Israel, bendecid á Jehová: casa de Aarón, bendecid á Jehová:
ALABAD á Jehová, porque es bueno; porque para siempreessu misericordia.
Mi lengua se pegue á mi paladar, si de ti no me acordare; si no ensalzare á Jerusalem como preferente asunto de mi alegría.
¿Adónde me iré de tu espíritu? ¿y adónde huiré de tu presencia?
Aun allí me guiará tu mano, y me asirá tu diestra.
Aun las tinieblas no encubren de ti, y la noche resplandece como el día: lo mismo te son las tinieblas que la luz.
Mi embrión vieron tus ojos, y en tu libro estaban escritas todas aquellas cosas que fueron luego formadas, sin faltar una de ellas.
Cuando mi espíritu se angustiaba dentro de mí, tú conociste mi senda. En el camino en que andaba, me escondieron lazo.
Escucha mi clamor, que estoy muy afligido; líbrame de los que me persiguen, porque son más fuertes que yo.
Hazme oir por la mañana tu misericordia, porque en ti he confiado: hazme saber el camino por donde ande, porque á ti he alzado mi alma.
Por tu nombre, oh Jehová me vivificarás: por tu justicia, sacarás mi alma de angustia.
Cuya boca habla vanidad, y su diestra es diestra de mentira.
Nuestros graneros llenos, provistos de toda suerte de grano; nuestros ganados, que paran á millares y diez millares en nuestras plazas:
Bienaventurado el pueblo que tiene esto: bienaventurado el pueblo cuyo Dios es Jehová.
Salmo de alabanza: de David. ENSALZARTE he, mi Dios, mi Rey; y bendeciré tu nombre por siglo y para siempre.
Generación á generación narrará tus obras, y anunciarán tus valentías.
La gloria de tu reino digan, y hablen de tu fortaleza;
Cercano está Jehová á todos los que le invocan, á todos los que le invocan de veras.
Jehová guarda á todos los que le aman; empero destruirá á todos los impíos.
No confiéis en los príncipes, ni en hijo de hombre, porque no hay en él salud.
El da la nieve como lana, derrama la escarcha como ceniza.
Para hacer venganza de las gentes, y castigo en los pueblos;
Alabadle por sus proezas: alabadle conforme á la muchedumbre de su grandeza.
Para entender sabiduría y doctrina; para conocer las razones prudentes;
¿Hasta cuándo, oh simples, amaréis la simpleza, y los burladores desearán el burlar, y los insensatos aborrecerán la ciencia?
Por cuanto aborrecieron la sabiduría, y no escogieron el temor de Jehová,
Ni quisieron mi consejo, y menospreciaron toda reprensión mía:
El provee de sólida sabiduría á los rectos: es escudo á los que caminan rectamente.
Honra á Jehová de tu sustancia, y de las primicias de todos tus frutos;
Porque su mercadería es mejor que la mercadería de la plata, y sus frutos más que el oro fino.
Adquiere sabiduría, adquiere inteligencia; no te olvides ni te apartes de las razones de mi boca;
Y digas: ¡Cómo aborrecí el consejo, y mi corazón menospreció la reprensión;
¿Y por qué, hijo mío, andarás ciego con la ajena, y abrazarás el seno de la extraña?
Por tanto su calamidad vendrá de repente; súbitamente será quebrantado, y no habrá remedio.
Los ojos altivos, la lengua mentirosa, las manos derramadoras de sangre inocente,
No tendrá respeto á ninguna redención; ni querrá perdonar, aunque multipliques los dones.
Porque mirando yo por la ventana de mi casa, por mi celosía,
Por mí dominan los príncipes, y todos los gobernadores juzgan la tierra.
Mejor es mi fruto que el oro, y que el oro refinado; y mi rédito mejor que la plata escogida.
Envió sus criadas; sobre lo más alto de la ciudad clamó:
Para llamar á los que pasan por el camino, que van por sus caminos derechos.
Como el vinagre á los dientes, y como el humo á los ojos, así es el perezoso á los que lo envían.
El impío hace obra falsa: mas el que sembrare justicia, tendrá galardón firme.
Las palabras de los impíos son para acechar la sangre: mas la boca de los rectos los librará.
Dios trastornará á los impíos, y no serán más: mas la casa de los justos permanecerá.
El hombre será harto de bien del fruto de su boca: y la paga de las manos del hombre le será dada.
El buen entendimiento conciliará gracia: mas el camino de los prevaricadores es duro.
Pobreza y vergüenza tendrá el que menosprecia el consejo: mas el que guarda la corrección, será honrado.
En el barbecho de los pobres hay mucho pan: mas piérdese por falta de juicio.
El que detiene el castigo, á su hijo aborrece: mas el que lo ama, madruga á castigarlo.
La ciencia del cuerdo es entender su camino: mas la indiscreción de los necios es engaño.
En toda labor hay fruto: mas la palabra de los labios solamente empobrece.
El temor de Jehová es manantial de vida, para apartarse de los lazos de la muerte.
El corazón apacible es vida de las carnes: mas la envidia, pudrimiento de huesos.
La benevolencia del rey es para con el ministro entendido: mas su enojo contra el que lo avergüenza.
El necio menosprecia el consejo de su padre: mas el que guarda la corrección, vendrá á ser cuerdo.
En la casa del justo hay gran provisión; empero turbación en las ganancias del impío.
El hombre iracundo mueve contiendas: mas el que tarde se enoja, apaciguará la rencilla.
El que tiene en poco la disciplina, menosprecia su alma: mas el que escucha la corrección, tiene entendimiento.
Mejor es lo poco con justicia, que la muchedumbre de frutos sin derecho.
Corona de honra es la vejez, que se hallará en el camino de justicia.
En el rostro del entendido aparece la sabiduría: mas los ojos del necio vagan hasta el cabo de la tierra.
Las palabras del chismoso parecen blandas, y descienden hasta lo íntimo del vientre.
La suerte pone fin á los pleitos, y desparte los fuertes.
El pobre habla con ruegos; mas el rico responde durezas.
MEJOR es el pobre que camina en su sencillez, que el de perversos labios y fatuo.
El que posee entendimiento, ama su alma: el que guarda la inteligencia, hallará el bien.
Dolor es para su padre el hijo necio; y gotera continua las contiendas de la mujer.
La casa y las riquezas herencia son de los padres: mas de Jehová la mujer prudente.
Muchos pensamientos hay en el corazón del hombre; mas el consejo de Jehová permanecerá.
Doble pesa y doble medida, abominación son á Jehová ambas cosas.
El oído que oye, y el ojo que ve, ambas cosas ha igualmente hecho Jehová.
COMO los repartimientos de las aguas, así está el corazón del rey en la mano de Jehová: á todo lo que quiere lo inclina.
Los pensamientos del solícito ciertamente van á abundancia; mas todo presuroso, indefectiblemente á pobreza.
Dice el perezoso: El león está fuera; en mitad de las calles seré muerto.
El que oprime al pobre para aumentarse él, y que da al rico, ciertamente será pobre.
¿No te he escrito tres veces en consejos y ciencia,
Para hacerte saber la certidumbre de las razones verdaderas, para que puedas responder razones de verdad á los que á ti enviaren?
¿Has de poner tus ojos en las riquezas, siendo ningunas? porque hacerse han alas, como alas de águila, y volarán al cielo.
Aplica tu corazón á la enseñanza, y tus oídos á las palabras de sabiduría.
Porque el bebedor y el comilón empobrecerán: y el sueño hará vestir vestidos rotos.
También ella, como robador, acecha, y multiplica entre los hombres los prevaricadores.
El pensamiento del necio es pecado: y abominación á los hombres el escarnecedor.
Porque Jehová no lo mire, y le desagrade, y aparte de sobre él su enojo.
No te entrometas con los malignos, ni tengas envidia de los impíos;
Porque para el malo no habrá buen fin, y la candela de los impíos será apagada.
Porque su quebrantamiento se levantará de repente; y el quebrantamiento de ambos, ¿quién lo comprende?
Mas los que lo reprenden, serán agradables, y sobre ellos vendrá bendición de bien.
Pasé junto á la heredad del hombre perezoso, y junto á la viña del hombre falto de entendimiento;
No te alabes delante del rey, ni estés en el lugar de los grandes:
Manzana de oro con figuras de plata es la palabra dicha como conviene.
Como fuente turbia y manantial corrompido, es el justo que cae delante del impío.
Encúbrese el odio con disimulo; mas su malicia será descubierta en la congregación.
El que cavare sima, caerá en ella: y el que revuelva la piedra, á él volverá.
Hierro con hierro se aguza; y el hombre aguza el rostro de su amigo.
Como un agua se parece á otra, así el corazón del hombre al otro.
Aunque majes al necio en un mortero entre granos de trigo á pisón majados, no se quitará de él su necedad.
Porque las riquezas no son para siempre; ¿y será la corona para perpetuas generaciones?
El hombre pobre y robador de los pobres, es lluvia de avenida y sin pan.
El que confía en su corazón es necio; mas el que camina en sabiduría, será salvo.
El rey con el juicio afirma la tierra: mas el hombre de presentes la destruirá.
Los hombres escarnecedores enlazan la ciudad: mas los sabios apartan la ira.
El que regala á su siervo desde su niñez, á la postre será su hijo.
La soberbia del hombre le abate; pero al humilde de espíritu sustenta la honra.
El temor del hombre pondrá lazo: mas el que confía en Jehová será levantado.
Hay generación cuyos ojos son altivos, y cuyos párpados son alzados.
La sanguijuela tiene dos hijas que se llaman, Trae, trae. Tres cosas hay que nunca se hartan; aun la cuarta nunca dice, Basta:
Tres cosas hay de hermoso andar, y la cuarta pasea muy bien:
¿Qué, hijo mío? ¿y qué, hijo de mi vientre? ¿y qué, hijo de mis deseos?
Ciñó sus lomos de fortaleza, y esforzó sus brazos.
Los ríos todos van á la mar, y la mar no se hinche; al lugar de donde los ríos vinieron, allí tornan para correr de nuevo.
Lo torcido no se puede enderezar; y lo falto no puede contarse.
Engrandecí mis obras, edifiquéme casas, plantéme viñas;
Híceme huertos y jardines, y planté en ellos árboles de todos frutos;
Tornéme por tanto á desesperanzar mi corazón acerca de todo el trabajo en que me afané, y en que había ocupado debajo del sol mi sabiduría.
Tiempo de esparcir las piedras, y tiempo de allegar las piedras; tiempo de abrazar, y tiempo de alejarse de abrazar;
Tiempo de romper, y tiempo de coser; tiempo de callar, y tiempo de hablar;
Yo he conocido que no hay mejor para ellos, que alegrarse, y hacer bien en su vida:
También si dos durmieren juntos, se calentarán; mas ¿cómo se calentará uno solo?
Hay una trabajosa enfermedad que he visto debajo del sol: las riquezas guardadas de sus dueños para su mal;
Hombre á quien Dios dió riquezas, y hacienda, y honra, y nada le falta de todo lo que su alma desea; mas Dios no le dió facultad de comer de ello, sino que los extraños se lo comen. Esto vanidad es, y enfermedad trabajosa.
Aunque no haya visto el sol, ni conocido nada, más reposo tiene éste que aquél.
Todo el trabajo del hombre es para su boca, y con todo eso su alma no se harta.
El que es, ya su nombre ha sido nombrado; y se sabe que es hombre, y que no podrá contender con el que es más fuerte que él.
Ciertamente las muchas palabras multiplican la vanidad. ¿Qué más tiene el hombre?
La sabiduría fortifica al sabio más que diez poderosos la ciudad en que fueron.
Ciertamente no hay hombre justo en la tierra, que haga bien y nunca peque.
Porque tu corazón sabe, como tú también dijiste mal de otros muchas veces.
Lejos está lo que fué; y lo muy profundo ¿quién lo hallará?
Este mal hay entre todo lo que se hace debajo del sol, que todos tengan un mismo suceso, y también que el corazón de los hijos de los hombres esté lleno de mal, y de enloquecimiento en su corazón durante su vida: y después, á los muertos.
En todo tiempo sean blancos tus vestidos, y nunca falte ungüento sobre tu cabeza.
Tornéme, y vi debajo del sol, que ni es de los ligeros la carrera, ni la guerra de los fuertes, ni aun de los sabios el pan, ni de los prudentes las riquezas, ni de los elocuentes el favor; sino que tiempo y ocasión acontece á todos.
¡Ay de ti, tierra, cuando tu rey es muchacho, y tus príncipes comen de mañana!
Ni aun en tu pensamiento digas mal del rey, ni en los secretos de tu cámara digas mal del rico; porque las aves del cielo llevarán la voz, y las que tienen alas harán saber la palabra.
Mas si el hombre viviere muchos años, y en todos ellos hubiere gozado alegría; si después trajere á la memoria los días de las tinieblas, que serán muchos, todo lo que le habrá pasado, dirá haber sido vanidad.
Cuando también temerán de lo alto, y los tropezones en el camino; y florecerá el almendro, y se agravará la langosta, y perderáse el apetito: porque el hombre va á la casa de su siglo, y los endechadores andarán en derredor por la plaza:
Llévame en pos de ti, correremos. Metióme el rey en sus cámaras: nos gozaremos y alegraremos en ti; acordarémonos de tus amores más que del vino: los rectos te aman.
A yegua de los carros de Faraón te he comparado, amiga mía.
Yo os conjuro, oh doncellas de Jerusalem, por las gamas y por las ciervas del campo, que no despertéis ni hagáis velar al amor, hasta que quiera.
El rey Salomón se hizo una carroza de madera del Líbano.
HE aquí que tú eres hermosa, amiga mía; he aquí que tú eres hermosa; tus ojos entre tus guedejas como de paloma; tus cabellos como manada de cabras, que se muestran desde el monte de Galaad.
Sesenta son las reinas, y ochenta las concubinas, y las doncellas sin cuento:
¡OH quién te me diese como hermano que mamó los pechos de mi madre; de modo que te halle yo fuera, y te bese, y no me menosprecien!
Mi viña, que es mía, está delante de mí: las mil serán tuyas, oh Salomón, y doscientas, de los que guardan su fruto.
Venid, oh casa de Jacob, y caminemos á la luz de Jehová.
Y sobre toda torre alta, y sobre todo muro fuerte;
El jurará aquel día, diciendo: No tomaré ese cuidado; porque en mi casa ni hay pan, ni qué vestir: no me hagáis príncipe del pueblo.
Pues arruinada está Jerusalem, y Judá ha caído; porque la lengua de ellos y sus obras han sido contra Jehová, para irritar los ojos de su majestad.
Las escofietas, y los atavíos de las piernas, los partidores del pelo, los pomitos de olor, y los zarcillos;
AHORA cantaré por mi amado el cantar de mi amado á su viña. Tenía mi amado una viña en un recuesto, lugar fértil.
Os mostraré pues ahora lo que haré yo á mi viña: Quitaréle su vallado, y será para ser consumida; aportillaré su cerca, y será para ser hollada;
Entretanto la cabeza de Ephraim es Samaria, y la cabeza de Samaria el hijo de Remalías. Si vosotros no creyereis, de cierto no permaneceréis.
Y habló más Jehová á Achâz, diciendo:
Jehová hará venir sobre ti, y sobre tu pueblo, y sobre la casa de tu padre, días cuales nunca vinieron desde el día que Ephraim se apartó de Judá, es á saber, al rey de Asiria.
Y DÍJOME Jehová: Tómate un gran volumen, y escribe en él en estilo de hombre tocante á Maher-salal-hash-baz.
Y pasando hasta Judá, inundará, y sobrepujará, y llegará hasta la garganta; y extendiendo sus alas, llenará la anchura de tu tierra, oh Emmanuel.
Esperaré pues á Jehová, el cual escondió su rostro de la casa de Jacob, y á él aguardaré.
He aquí, yo y los hijos que me dió Jehová, por señales y prodigios en Israel, de parte de Jehová de los ejércitos que mora en el monte de Sión.
Porque tú quebraste su pesado yugo, y la vara de su hombro, y el cetro de su exactor, como en el día de Madián.
Cada uno hurtará á la mano derecha, y tendrá hambre; y comerá á la izquierda, y no se hartará: cada cual comerá la carne de su brazo:
Mas acontecerá que después que el Señor hubiere acabado toda su obra en el monte de Sión, y en Jerusalem, visitaré sobre el fruto de la soberbia del corazón del rey de Asiria, y sobre la gloria de la altivez de sus ojos.
Y halló mi mano como nido las riquezas de los pueblos; y como se cogen los huevos dejados, así me apoderé yo de toda la tierra; y no hubo quien moviese ala, ó abriese boca y graznase.
Y la luz de Israel será por fuego, y su Santo por llama que abrase y consuma en un día sus cardos y sus espinas.
Las reliquias se convertirán, las reliquias de Jacob, al Dios fuerte.
Mas de aquí á muy poco tiempo, se acabará el furor y mi enojo, para fenecimiento de ellos.
Y levantará Jehová de los ejércitos azote contra él, cual la matanza de Madián en la peña de Oreb: y alzará su vara sobre la mar, según hizo por la vía de Egipto.
Y el niño de teta se entretendrá sobre la cueva del áspid, y el recién destetado extenderá su mano sobre la caverna del basilisco.
Y secará Jehová la lengua de la mar de Egipto; y levantará su mano con fortaleza de su espíritu sobre el río, y herirálo en sus siete brazos, y hará que pasen por él con zapatos.
Sacaréis aguas con gozo de las fuentes de la salud.
Aullad, porque cerca está el día de Jehová; vendrá como asolamiento del Todopoderoso.
Y será que como corza amontada, y como oveja sin pastor, cada cual mirará hacia su pueblo, y cada uno huirá á su tierra.
Y con arcos tirarán á los niños, y no tendrán misericordia de fruto de vientre, ni su ojo perdonará á hijos.
Y en sus palacios gritarán gatos cervales, y chacales en sus casas de deleite: y abocado está á venir su tiempo, y sus días no se alargarán.
Y será en el día que Jehová te diere reposo de tu trabajo, y de tu temor, y de la dura servidumbre en que te hicieron servir,
Inclinarse han hacia ti los que te vieren, te considerarán diciendo: ¿Es este aquel varón que hacía temblar la tierra, que trastornaba los reinos;
Mas tú echado eres de tu sepulcro como tronco abominable, como vestido de muertos pasados á cuchillo, que descendieron al fondo de la sepultura; como cuerpo muerto hollado.
Porque yo me levantaré sobre ellos, dice Jehová de los ejércitos, y raeré de Babilonia el nombre y las reliquias, hijo y nieto, dice Jehová.
En el año que murió el rey Achâz fué esta carga:
Aulla, oh puerta; clama, oh ciudad; disuelta estás toda tú, Filistea: porque humo vendrá de aquilón, no quedará uno solo en sus asambleas.
¿Y qué se responderá á los mensajeros de la gentilidad? Que Jehová fundó á Sión, y que á ella se acogerán los afligidos de su pueblo.
Mi corazón dará gritos por Moab; sus fugitivos huirán hasta Zoar, como novilla de tres años. Por la cuesta de Luhith subirán llorando, y levantarán grito de quebrantamiento por el camino de Horonaim.
Y herirá Jehová á Egipto, herirá y sanará; y se convertirán á Jehová, y les será clemente, y los sanará.
En aquel tiempo, Israel será tercero con Egipto y con Asiria; será bendición en medio de la tierra;
Porque el Señor me dijo así: Ve, pon centinela que haga saber lo que viere.
Y gritó como un león: Señor, sobre la atalaya estoy yo continuamente de día, y las noches enteras sobre mi guarda:
El guarda respondió: La mañana viene, y después la noche: si preguntareis, preguntad; volved, venid.
Porque así me ha dicho Jehová: De aquí á un año, semejante á años de mozo de soldada, toda la gloria de Cedar será deshecha;
E hincarélo como clavo en lugar firme; y será por asiento de honra á la casa de su padre.
Aullad, naves de Tarsis; porque destruída es vuestra fortaleza.
HE aquí que Jehová vacía la tierra, y la desnuda, y trastorna su haz, y hace esparcir sus moradores.
Y será como el pueblo, tal el sacerdote; como el siervo, tal su señor; como la criada, tal su señora; tal el que compra, como el que vende; tal el que da emprestado, como el que toma prestado; tal el que da á logro, como el que lo recibe.
Glorificad por esto á Jehová en los valles: en islas de la mar sea nombrado Jehová Dios de Israel.
De lo postrero de la tierra oímos salmos: Gloria al justo. Y yo dije: ¡Mi flaqueza, mi flaqueza, ay de mí! Prevaricadores han prevaricado; y han prevaricado con prevaricación de desleales.
Y acontecerá que el que huirá de la voz del terror, caerá en la sima; y el que saliere de en medio de la sima, será preso del lazo: porque de lo alto se abrieron ventanas, y temblarán los fundamentos de la tierra.
Que tornaste la ciudad en montón, la ciudad fuerte en ruina: el alcázar de los extraños que no sea ciudad, ni nunca jamás sea reedeficada.
Porque derribó los que moraban en lugar sublime: humilló la ciudad ensalzada, humillóla hasta la tierra, derribóla hasta el polvo.
Como la preñada cuando se acerca el parto gime, y da gritos con sus dolores, así hemos sido delante de ti, oh Jehová.
No hay en mí enojo. ¿Quién pondrá contra mí en batalla espinas y cardos? Yo los hollaré, quemarélos juntamente.
De esta manera pues será purgada la iniquidad de Jacob; y éste será todo el fruto, la remoción de su pecado, cuando tornare todas las piedras del altar como piedras de cal desmenuzadas, y no se levantarán los bosques, ni las imágenes del sol.
Cuando sus ramas se secaren, serán quebradas; mujeres vendrán á encenderlas: porque aquél no es pueblo de entendimiento; por tanto su Hacedor no tendrá de él misericordia, ni se compadecerá de él el que lo formó.
Por tanto, varones burladores, que estáis enseñoreados sobre este pueblo que está en Jerusalem, oid la palabra de Jehová.
Porque la cama es tan angosta que no basta, y la cubierta estrecha para recoger.
De Jehová de los ejércitos serás visitada con truenos y con terremotos y con gran ruido, con torbellino y tempestad, y llama de fuego consumidor.
Y si se diere el libro al que no sabe leer, diciéndole: Lee ahora esto; él dirá: No sé leer.
¡Ay de los que se esconden de Jehová, encubriendo el consejo, y sus obras son en tinieblas, y dicen: ¿Quién nos ve, y quién nos conoce?
Carga de las bestias del mediodía: Por tierra de tribulación y de angustia, de donde salen la leona y el león, la víbora y la serpiente que vuela, llevan sobre lomos de jumentos sus riquezas, y sus tesoros sobre corcovas de camellos, á un pueblo que no les será de provecho.
Y el efecto de la justicia será paz; y la labor de justicia, reposo y seguridad para siempre.
Los pecadores se asombraron en Sión, espanto sobrecogió á los hipócritas. ¿Quién de nosotros morará con el fuego consumidor? ¿quién de nosotros habitará con las llamas eternas?
Tus ojos verán al Rey en su hermosura; verán la tierra que está lejos.
Porque Jehová es nuestro juez, Jehová es nuestro legislador, Jehová es nuestro Rey, él mismo nos salvará.
No se apagará de noche ni de día, perpetuamente subirá su humo: de generación en generación será asolada, nunca jamás pasará nadie por ella.
Y las bestias monteses se encontrarán con los gatos cervales, y el peludo gritará á su compañero: la lamia también tendrá allí asiento, y hallará para sí reposo.
¿Cómo pues harás volver el rostro de un capitán de los más pequeños siervos de mi señor, aunque estés confiado en Egipto por sus carros y hombres de á caballo?
Yo cavé, y bebí las aguas; y con las pisadas de mis pies secaré todos los ríos de lugares atrincherados.
Y acaeció, que estando orando en el templo de Nisroch su dios, Adremelech y Sarezer, sus hijos, le hirieron á cuchillo, y huyeron á la tierra de Ararat; y reinó en su lugar Esar-hadón su hijo.
He aquí que yo vuelvo atrás la sombra de los grados, que ha descendido en el reloj de Achâz por el sol, diez grados. Y el sol fué tornado diez grados atrás, por los cuales había ya descendido.
Dije: No veré á JAH, á JAH en la tierra de los que viven: ya no veré más hombre con los moradores del mundo.
EN aquel tiempo Merodach-baladán, hijo de Baladán, rey de Babilonia, envió cartas y presentes á Ezechîas; porque había oído que había estado enfermo, y que había convalecido.
¿A quién demandó consejo para ser avisado? ¿Quién le enseñó el camino del juicio, ó le enseñó ciencia, ó le mostró la senda de la prudencia?
El artífice apareja la imagen de talla, el platero le extiende el oro, y le funde cadenas de plata.
¿A qué pues me haréis semejante, ó seré asimilado? dice el Santo.
¿No has sabido, no has oído que el Dios del siglo es Jehová, el cual crió los términos de la tierra? No se trabaja, ni se fatiga con cansancio, y su entendimiento no hay quien lo alcance.
Siguiólos, pasó en paz por camino por donde sus pies nunca habían entrado.
Porque te tomé de los extremos de la tierra, y de sus principales te llamé, y te dije: Mi siervo eres tú; te escogí, y no te deseché.
No temas, gusano de Jacob, oh vosotros los pocos de Israel; yo te socorrí, dice Jehová, y tu Redentor el Santo de Israel.
He aquí que yo te he puesto por trillo, trillo nuevo, lleno de dientes: trillarás montes y los molerás, y collados tornarás en tamo.
Alegad por vuestra causa, dice Jehová: exhibid vuestros fundamentos, dice el Rey de Jacob.
Y guiaré los ciegos por camino que no sabían, haréles pisar por las sendas que no habían conocido; delante de ellos tornaré las tinieblas en luz, y los rodeos en llanura. Estas cosas les haré, y no los desampararé.
Mas este es pueblo saqueado y hollado, todos ellos enlazados en cavernas y escondidos en cárceles: son puestos á saco, y no hay quien libre; hollados, y no hay quien diga, Restituid.
Porque en mis ojos fuiste de grande estima, fuiste honorable, y yo te amé: daré pues hombres por ti, y naciones por tu alma.
Sacad al pueblo ciego que tiene ojos, y á los sordos que tienen oídos.
Vosotros sois mis testigos, dice Jehová, y mi siervo que yo escogí; para que me conozcáis y creáis, y entendáis que yo mismo soy; antes de mí no fué formado Dios, ni lo será después de mí.
AHORA pues oye, Jacob, siervo mío, y tú, Israel, á quien yo escogí.
Y brotarán entre hierba, como sauces junto á las riberas de las aguas.
He aquí que todos sus compañeros serán avergonzados; porque los mismos artífices son de los hombres. Todos ellos se juntarán, estarán, se asombrarán, y serán avergonzados á una.
Parte del leño quemará en el fuego; con parte de él comerá carne, aderezará asado, y se saciará; después se calentará, y dirá: ¡Oh! heme calentado, he visto el fuego;
No supieron ni entendieron: porque encostrados están sus ojos para no ver, y su corazón para no entender.
Yo deshice como á nube tus rebeliones, y como á niebla tus pecados: tórnate á mí, porque yo te redimí.
Israel es salvo en Jehová con salud eterna; no os avergonzaréis, ni os afrentaréis, por todos los siglos.
Haré que se acerque mi justicia, no se alejará: y mi salud no se detendrá. Y pondré salud en Sión, y mi gloria en Israel.
Estáte ahora en tus encantamentos, y con la multitud de tus agüeros, en los cuales te fatigaste desde tu niñez; quizá podrás mejorarte, quizá te fortificarás.
OID esto, casa de Jacob, que os llamáis del nombre de Israel, los que salieron de las aguas de Judá, los que juran en el nombre de Jehová, y hacen memoria del Dios de Israel, mas no en verdad ni en justicia:
Díjete lo ya días há; antes que viniese te lo enseñé, porque no dijeses: Mi ídolo lo hizo, mis estatuas de escultura y de fundición mandaron estas cosas.
He aquí te he purificado, y no como á plata; hete escogido en horno de aflicción.
Y díjome: Mi siervo eres, oh Israel, que en ti me gloriaré.
Así dijo Jehová: En hora de contentamiento te oí, y en el día de salud te ayudé: y guardarte he, y te daré por alianza del pueblo, para que levantes la tierra, para que heredes asoladas heredades;
¿Será quitada la presa al valiente? ó ¿libertaráse la cautividad legítima?
Así empero dice Jehová: Cierto, la cautividad será quitada al valiente, y la presa del robusto será librada; y tu pleito yo lo pleitearé, y yo salvaré á tus hijos.
Cercano está de mí el que me justifica; ¿quién contenderá conmigo? juntémonos. ¿Quién es el adversario de mi causa? acérquese á mí.
¿No eres tú el que secó la mar, las aguas del grande abismo; el que al profundo de la mar tornó en camino, para que pasasen los redimidos?
Y en tu boca he puesto mis palabras, y con la sombra de mi mano te cubrí, para que plantase los cielos y fundase la tierra, y que dijese á Sión: Pueblo mío eres tú.
Oye pues ahora esto, miserable, ebria, y no de vino:
¡Cuán hermosos son sobre los montes los pies del que trae alegres nuevas, del que publica la paz, del que trae nuevas del bien, del que publica salud, del que dice á Sión: Tu Dios reina!
Jehová desnudó el brazo de su santidad ante los ojos de todas las gentes; y todos los términos de la tierra verán la salud del Dios nuestro.
¿QUIÉN ha creído á nuestro anuncio? ¿y sobre quién se ha manifestado el brazo de Jehová?
ALÉGRATE, oh estéril, la que no paría; levanta canción, y da voces de júbilo, la que nunca estuvo de parto: porque más son los hijos de la dejada que los de la casada, ha dicho Jehová.
Porque á la mano derecha y á la mano izquierda has de crecer; y tu simiente heredará gentes, y habitarán las ciudades asoladas.
Porque tu marido es tu Hacedor; Jehová de los ejércitos es su nombre: y tu redentor, el Santo de Israel; Dios de toda la tierra será llamado.
Porque los montes se moverán, y los collados temblarán; mas no se apartará de ti mi misericordia, ni el pacto de mi paz vacilará, dijo Jehová, el que tiene misericordia de ti.
Dice el Señor Jehová, el que junta los echados de Israel: Aun juntaré sobre él sus congregados.
Y tras la puerta y el umbral pusiste tu recuerdo: porque á otro que á mí te descubriste, y subiste, y ensanchaste tu cama, é hiciste con ellos alianza: amaste su cama donde quiera que la veías.
Mas los impíos son como la mar en tempestad, que no puede estarse quieta, y sus aguas arrojan cieno y lodo.
¿No es que partas tu pan con el hambriento, y á los pobres errantes metas en casa; que cuando vieres al desnudo, lo cubras, y no te escondas de tu carne?
Porque nuestras rebeliones se han multiplicado delante de ti, y nuestros pecados han atestiguado contra nosotros: porque con nosotros están nuestras iniquidades, y conocemos nuestros pecados:
Como para retribuir, como para retornar ira á sus enemigos, y dar el pago á sus adversarios: el pago dará á las islas.
En lugar de que has sido desechada y aborrecida, y que no había quien por ti pasase, ponerte he en gloria perpetua, gozo de generación y generación.
En gran manera me gozaré en Jehová, mi alma se alegrará en mi Dios; porque me vistió de vestidos de salud, rodeóme de manto de justicia, como á novio me atavió, y como á novia compuesta de sus joyas.
Porque como la tierra produce su renuevo, y como el huerto hace brotar su simiente, así el Señor Jehová hará brotar justicia y alabanza delante de todas las gentes.
Pasad, pasad por las puertas; barred el camino al pueblo; allanad, allanad la calzada, quitad las piedras, alzad pendón á los pueblos.
He aquí que Jehová hizo oir hasta lo último de la tierra: Decid á la hija de Sión: He aquí viene tu Salvador; he aquí su recompensa con él, y delante de él su obra.
Y con mi ira hollé los pueblos, y embriaguélos de mi furor, y derribé á tierra su fortaleza.
Empero acordóse de los días antiguos, de Moisés y de su pueblo, diciendo: ¿Dónde está el que les hizo subir de la mar con el pastor de su rebaño? ¿dónde el que puso en medio de él su espíritu santo?
Saliste al encuentro al que con alegría obraba justicia, á los que se acordaban de ti en tus caminos: he aquí, tú te enojaste porque pecamos; en esos hay perpetuidad, y seremos salvos.
No te aires, oh Jehová, sobremanera, ni tengas perpetua memoria de la iniquidad: he aquí mira ahora, pueblo tuyo somos todos nosotros.
Porque así dice Jehová: He aquí que yo extiendo sobre ella paz como un río, y la gloria de las gentes como un arroyo que sale de madre; y mamaréis, y sobre el lado seréis traídos, y sobre las rodillas seréis regalados.
Antes que te formase en el vientre te conocí, y antes que salieses de la matriz te santifiqué, te dí por profeta á las gentes.
Anda, y clama á los oídos de Jerusalem, diciendo: Así dice Jehová: Heme acordado de ti, de la misericordia de tu mocedad, del amor de tu desposorio, cuando andabas en pos de mí en el desierto, en tierra no sembrada.
Tu maldad te castigará, y tu apartamiento te condenará: sabe pues y ve cuán malo y amargo es tu dejar á Jehová tu Dios, y faltar mi temor en ti, dice el Señor Jehová de los ejércitos.
Y yo te planté de buen vidueño, simiente verdadera toda ella: ¿cómo pues te me has tornado sarmientos de vid extraña?
Aunque te laves con lejía, y amontones jabón sobre ti, tu pecado está sellado delante de mí, dijo el Señor Jehová.
¿Y dónde están tus dioses que hiciste para ti? Levántense, á ver si te podrán librar en el tiempo de tu aflicción: porque según el número de tus ciudades, oh Judá, fueron tus dioses.
Yacemos en nuestra confusión, y nuestra afrenta nos cubre: porque pecamos contra Jehová nuestro Dios, nosotros y nuestros padres, desde nuestra juventud y hasta este día; y no hemos escuchado la voz de Jehová nuestro Dios.
Denunciad esto en la casa de Jacob, y haced que esto se oiga en Judá, diciendo:
Y no dijeron en su corazón: Temamos ahora á Jehová Dios nuestro, que da lluvia temprana y tardía en su tiempo; los tiempos establecidos de la siega nos guarda.
Levantaos, y subamos de noche, y destruyamos sus palacios.
Desperté también sobre vosotros atalayas, que dijesen: Escuchad á la voz de la trompeta. Y dijeron ellos: No escucharemos.
Por tanto Jehová dice esto: He aquí yo pongo á este pueblo tropiezos, y caerán en ellos los padres y los hijos juntamente, el vecino y su cercano perecerán.
Arco y escudo arrebatarán; crueles son, que no tendrán misericordia; sonará la voz de ellos como la mar, y montarán á caballo como hombres dispuestos para la guerra, contra ti, oh hija de Sión.
Ni oprimiereis al peregrino, al huérfano, y á la viuda, ni en este lugar derramareis la sangre inocente, ni anduviereis en pos de dioses ajenos para mal vuestro;
Os haré morar en este lugar, en la tierra que dí á vuestros padres para siempre.
Haré también á esta casa sobre la cual es invocado mi nombre, en la que vosotros confiáis, y á este lugar que dí á vosotros y á vuestros padres, como hice á Silo:
¿Provocaránme ellos á ira, dice Jehová, y no más bien obran ellos mismos para confusión de sus rostros?
Y haré cesar de las ciudades de Judá, y de la calles de Jerusalem, voz de gozo y voz de alegría, voz de esposo y voz de esposa; porque la tierra será en desolación.
¿Cómo decís: Nosotros somos sabios, y la ley de Jehová es con nosotros? Ciertamente, he aquí que en vano se cortó la pluma, por demás fueron los escribas.
¿Hanse avergonzado de haber hecho abominación? Por cierto no se han corrido de vergüenza, ni supieron avergonzarse; caerán por tanto entre los que cayeren, cuando los visitaré: caerán, dice Jehová.
Quebrantado estoy por el quebrantamiento de la hija de mi pueblo; entenebrecido estoy, espanto me ha arrebatado.
E hicieron que su lengua, como su arco, tirase mentira; y no se fortalecieron por verdad en la tierra: porque de mal en mal procedieron, y me han desconocido, dice Jehová.
Por tanto, así ha dicho Jehová de los ejércitos: He aquí que yo los fundiré, y los ensayaré; porque ¿cómo he de hacer por la hija de mi pueblo?
Para que confirme el juramento que hice á vuestros padres, que les daría la tierra que corre leche y miel, como este día. Y respondí, y dije: Amén, oh Jehová.
Y Jehová me dijo: Pregona todas estas palabras en las ciudades de Judá y en las calles de Jerusalem, diciendo: Oid las palabras de este pacto, y ponedlas por obra.
Y no quedará resto de ellos: porque yo traeré mal sobre los varones de Anathoth, año de su visitación.
Porque aun tus hermanos y la casa de tu padre, aun ellos se levantaron contra ti, aun ellos dieron voces en pos de ti. No los creas, cuando bien te hablaren.
Fué puesta en asolamiento, y lloró sobre mí, asolada: fué asolada toda la tierra, porque no hubo hombre que mirase.
Sobre todos los lugares altos del desierto vinieron disipadores: porque la espada de Jehová devorará desde el un extremo de la tierra hasta el otro extremo: no habrá paz para ninguna carne.
Y será que, después que los hubiere arrancado, tornaré y tendré misericordia de ellos, y harélos volver cada uno á su heredad, y cada cual á su tierra.
Mas si no oyeren, arrancaré á la tal gente, sacándola de raíz, y destruyendo, dice Jehová.
Así ha dicho Jehová: Así haré podrir la soberbia de Judá, y la mucha soberbia de Jerusalem,
Cuando dijeres en tu corazón: ¿Por qué me ha sobrevenido esto? Por la enormidad de tu maldad fueron descubiertas tus faldas, fueron desnudos tus calcañares.
Tus adulterios, tus relinchos, la maldad de tu fornicación sobre los collados: en el mismo campo vi tus abominaciones. ¡Ay de ti, Jerusalem! ¿No serás al cabo limpia? ¿hasta cuándo todavía?
Díjome entonces Jehová: Falso profetizan los profetas en mi nombre: no los envié, ni les mandé, ni les hablé: visión mentirosa, y adivinación, y vanidad, y engaño de su corazón os profetizan.
Por amor de tu nombre no nos deseches, ni trastornes el trono de tu gloria: acuérdate, no invalides tu pacto con nosotros.
Enflaquecióse la que parió siete; llenóse de dolor su alma; su sol se le puso siendo aún de día; fué avergonzada y llena de confusión: y lo que de ella quedare, entregarélo á cuchillo delante de sus enemigos, dice Jehová.
Empero he aquí, vienen días, dice Jehová, que no se dirá más: Vive Jehová, que hizo subir á los hijos de Israel de tierra de Egipto;
Oh Jehová, fortaleza mía, y fuerza mía, y refugio mío en el tiempo de la aflicción; á ti vendrán gentes desde los extremos de la tierra, y dirán: Ciertamente mentira poseyeron nuestros padres, vanidad, y no hay en ellos provecho.
Trono de gloria, excelso desde el principio, es el lugar de nuestro santuario.
Así me ha dicho Jehová: Ve, y ponte á la puerta de los hijos del pueblo, por la cual entran y salen los reyes de Judá, y á todas las puertas de Jerusalem,
Levántate, y vete á casa del alfarero, y allí te haré oir mis palabras.
ASÍ dijo Jehová: Ve, y compra una vasija de barro del alfarero, y lleva contigode los ancianos del pueblo, y de los ancianos de los sacerdotes;
Y edificaron alto á Baal, para quemar con fuego sus hijos en holocaustos al mismo Baal; cosa que no les mandé, ni hablé, ni me vino al pensamiento.
Así haré á este lugar, dice Jehová, y á sus moradores, poniendo esta ciudad como Topheth.
E hirió Pashur á Jeremías profeta, y púsole en el cepo que estaba á la puerta de Benjamín en lo alto, la cualconducíaá la casa de Jehová.
Pregunta ahora por nosotros á Jehová; porque Nabucodonosor rey de Babilonia hace guerra contra nosotros: quizá Jehová hará con nosotros según todas sus maravillas, y aquél se irá de sobre nosotros.
Y á la casa del rey de Judádirás: Oid palabra de Jehová.
Porque así ha dicho Jehová sobre la casa del rey de Judá: Galaad eres tú para mí, y cabeza del Líbano: empero de cierto te pondré en soledad, y ciudades deshabitadas.
¡Ay del que edifica su casa y no en justicia, y sus salas y no en juicio, sirviéndose de su prójimo de balde, y no dándole el salario de su trabajo!
Vivo yo, dice Jehová, que si Conías hijo de Joacím rey de Judá fuese anillo en mi mano diestra, aun de allí te arrancaré;
Y hacerte he trasportar, á ti, y á tu madre que te parió, á tierra ajena en que no nacisteis; y allá moriréis.
¿Es este hombre Conías un ídolo vil quebrado? ¿es vaso con quien nadie se deleita? ¿Por qué fueron arrojados, él y su generación, y echados á tierra que no habían conocido?
Por tanto, he aquí yo contra los profetas, dice Jehová, que hurtan mis palabras cada uno de su más cercano.
Y el profeta, y el sacerdote, ó el pueblo, que dijere: Carga de Jehová; yo enviaré castigo sobre tal hombre y sobre su casa.
Así diréis cada cual á su compañero, y cada cual á su hermano: ¿Qué ha respondido Jehová, y qué habló Jehová?
La una cesta tenía higos muy buenos, como brevas; y la otra cesta tenía higos muy malos, que no se podían comer de malos.
La cual habló Jeremías profeta á todo el pueblo de Judá, y á todos los moradores de Jerusalem, diciendo:
Y será que, cuando fueren cumplidos los setenta años, visitaré sobre el rey de Babilonia y sobre aquella gente su maldad, ha dicho Jehová, y sobre la tierra de los Caldeos; y pondréla en desiertos para siempre.
Porque así me dijo Jehová Dios de Israel: Toma de mi mano el vaso del vino de este furor, y da á beber de él á todas las gentes á las cuales yo te envío.
Y á todos los reyes de Tiro, y á todos los reyes de Sidón, y á los reyes de las islas que están de ese lado de la mar;
Y será que, si no quieren tomar el vaso de tu mano para beber, les dirás tú: Así ha dicho Jehová de los ejércitos: Habéis de beber.
Yo pondré esta casa como Silo, y daré esta ciudad en maldición á todas las gentes de la tierra.
Y vosotros no prestéis oído á vuestros profetas, ni á vuestros adivinos, ni á vuestros sueños, ni á vuestros agoreros, ni á vuestros encantadores, que os hablan diciendo: No serviréis al rey de Babilonia.
Y seré hallado de vosotros, dice Jehová, y tornaré vuestra cautividad, y os juntaré de todas las gentes, y de todos los lugares adonde os arrojé, dice Jehová; y os haré volver al lugar de donde os hice ser llevados.
Y todos los trasportados de Judá que están en Babilonia, tomarán de ellos maldición, diciendo: Póngate Jehová como á Sedechîas y como á Achâb, los cuales asó al fuego el rey de Babilonia.
Así habló Jehová de los ejércitos, Dios de Israel, diciendo: Por cuanto enviaste letras en tu nombre á todo el pueblo que está en Jerusalem, y á Sophonías sacerdote hijo de Maasías, y á todos los sacerdotes, diciendo:
¿Por qué pues no has ahora reprendido á Jeremías de Anathoth, que os profetiza falsamente?
Así ha dicho Jehová: Halló gracia en el desierto el pueblo, los que escaparon del cuchillo, yendo yopara hacer hallar reposo á Israel.
Aun te edificaré, y serás edificada, oh virgen de Israel: todavía serás adornada con tus panderos, y saldrás en corro de danzantes.
Porque así ha dicho Jehová: Regocijaos en Jacob con alegría, y dad voces de júbilo á la cabeza de gentes; haced oir, alabad, y decid: Oh Jehová, salva tu pueblo, el resto de Israel.
Así ha dicho Jehová: Reprime tu voz del llanto, y tus ojos de las lágrimas; porque salario hay para tu obra, dice Jehová, y volverán de la tierra del enemigo.
Y será que, como tuve cuidado de ellos para arrancar y derribar, y trastornar y perder, y afligir, así tendré cuidado de ellos para edificar y plantar, dice Jehová.
En aquellos días no dirán más: Los padres comieron las uvas agraces, y los dientes de los hijos tienen la dentera.
He aquí que vienen días, dice Jehová, en los cuales haré nuevo pacto con la casa de Jacob y con la casa de Judá:
Y hará llevar á Sedechîas á Babilonia, y allá estará hasta que yo le visite, dice Jehová: si peleareis con los Caldeos, no os sucederá bien?
Y dí la carta de venta á Baruch hijo de Nerías, hijo de Maasías, delante de Hanameel el hijo de mi tío, y delante de los testigos que habían suscrito en la carta de venta, delante de todos los Judíos que estaban en el patio de la cárcel.
¡Oh Señor Jehová! ¿y me has tú dicho: Cómprate la heredad por dinero, y pon testigos; bien que la ciudad sea entregada en manos de los Caldeos?
Y seráme á mí por nombre de gozo, de alabanza y de gloria, entre todas las gentes de la tierra, que habrán oído todo el bien que yo les hago; y temerán y temblarán de todo el bien y de toda la paz que yo les haré.
Así ha dicho Jehová: En este lugar, del cual decís que está desierto sin hombres y sin animales, en las ciudades de Judá y en las calles de Jerusalem, que están asoladas sin hombre y sin morador y sin animal, tiene de oirse aún,
Voz de gozo y voz de alegría, voz de desposado y voz de desposada, voz de los que digan: Alabad á Jehová de los ejércitos, porque Jehová es bueno, porque para siempre es su misericordia; voz de los que traigan alabanza á la casa de Jehová. Porque tornaré á traer la cautividad de la tierra como al principio, ha dicho Jehová.
Pero os habéis vuelto y profanado mi nombre, y habéis tornado á tomar cada uno su siervo y cada uno su sierva, que habíais dejado libres á su voluntad; y los habéis sujetado á seros siervos y siervas.
Y entregaré á los hombres que traspasaron mi pacto, que no han llevado á efecto las palabras del pacto que celebraron en mi presencia dividiendo en dos partes el becerro y pasando por medio de ellas:
Por tanto, así ha dicho Jehová de los ejércitos, Dios de Israel: No faltará varón de Jonadab, hijo de Rechâb, que esté en mi presencia todos los días.
Quizá oirá la casa de Judá todo el mal que yo pienso hacerles, para volverse cada uno de su mal camino, y yo perdonaré su maldad y su pecado.
Y Michêas hijo de Gemarías, hijo de Saphán, habiendo oído del libro todas las palabras de Jehová,
Antes mandó el rey á Jerameel hijo de Amelech, y á Seraías hijo de Azriel, y á Selemías hijo de Abdeel, que prendiesen á Baruch el escribiente y á Jeremías profeta; mas Jehová los escondió.
Así ha dicho Jehová Dios de Israel: Diréis así al rey de Judá, que os envió á mí para que me preguntaseis: He aquí que el ejército de Faraón que había salido en vuestro socorro, se volvió á su tierra en Egipto.
Así ha dicho Jehová: No engañéis vuestras almas, diciendo: Sin duda los Caldeos se han ido de nosotros: porque no se irán.
Y dijo el rey Sedechîas: Helo ahí, en vuestras manos está; que el rey no podrá contra vosotros nada.
Entonces dijo Jeremías á Sedechîas: Así ha dicho Jehová Dios de los ejércitos, Dios de Israel: Si salieres luego á los príncipes del rey de Babilonia, tu alma vivirá, y esta ciudad no será puesta á fuego; y vivirás tú y tu casa:
Y dijo el rey Sedechîas á Jeremías: Témome á causa de los Judíos que se han adherido á los Caldeos, que no me entreguen en sus manos y me escarnezcan.
Les dirás: Supliqué al rey que no me hiciese tornar á casa de Jonathán porque no me muriese allí.
Y degolló el rey de Babilonia los hijos de Sedechîas á su presencia en Ribla, haciendo asimismo degollar el rey de Babilonia á todos los nobles de Judá.
Y el resto del pueblo que había quedado en la ciudad, y los que se habían á él adherido, con todo el resto del pueblo que había quedado, trasportólos á Babilonia Nabuzaradán, capitán de la guardia.
Mas Ismael hijo de Nethanías se escapó delante de Johanán con ocho hombres, y se fué á los hijos de Ammón.
Y díjoles: Así ha dicho Jehová Dios de Israel, al cual me enviasteis para que hiciese caer vuestros ruegos en su presencia:
Y os daré misericordias, y tendrá misericordia de vosotros, y os hará tornar á vuestra tierra.
Ahora por eso, oid la palabra de Jehová, reliquias de Judá: Así ha dicho Jehová de los ejércitos, Dios de Israel: Si vosotros volviereis vuestros rostros para entrar en Egipto, y entrareis para peregrinar allá,
Sino que Baruch hijo de Nerías te incita contra nosotros, para entregarnos en mano de los Caldeos, para matarnos y para hacernos trasportar á Babilonia.
No obedeció pues Johanán hijo de Carea, y todos los oficiales de la gente de guerra, y todo el pueblo, á la voz de Jehová para quedarse en tierra de Judá;
Ahora pues, así ha dicho Jehová de los ejércitos, Dios de Israel: ¿Por qué hacéis tan grande mal contra vuestras almas, para ser talados varón y mujer, niño y mamante, de en medio de Judá, sin que os quede residuo alguno;
Mas desde que cesamos de ofrecer sahumerios á la reina del cielo, y de derramarle libaciones, nos falta todo, y á cuchillo y á hambre somos consumidos.
Aparejad escudo y pavés, y venid á la guerra.
¿Por qué los vi medrosos, tornando atrás? y sus valientes fueron deshechos, y huyeron á más huir sin volver á mirar atrás: miedo de todas partes, dice Jehová.
ACERCA de Moab. Así ha dicho Jehová de los ejércitos, Dios de Israel: ¡Ay de Nebo! que fué destruída, fué avergonzada; Chîriathaim fué tomada; fué confusa Misgab, y desmayó.
Dad alas á Moab, para que volando se vaya; pues serán desiertas sus ciudades hasta no quedar en ellas morador.
Quieto estuvo Moab desde su mocedad, y sobre sus heces ha estado él reposado, y no fué trasegado de vaso en vaso, ni nunca fué en cautiverio: por tanto quedó su sabor en él, y su olor no se ha trocado.
Y será Edom en asolamiento: todo aquel que pasare por ella se espantará, y silbará sobre todas sus plagas.
He aquí que como águila subirá y volará, y extenderá sus alas sobre Bosra: y el corazón de los valientes de Edom será en aquel día como el corazón de mujer en angustias.
¡Cómo dejaron á la ciudad de alabanza, ciudad de mi gozo!
Así ha dicho Jehová de los ejércitos: He aquí que yo quiebro el arco de Elam, principio de su fortaleza.
Y pondré mi silla en Elam, y destruiré de allí rey y príncipe, dice Jehová.
Huid de en medio de Babilonia, y salid de la tierra de los Caldeos, y sed como los mansos delante del ganado.
Porque he aquí que yo suscito y hago subir contra Babilonia reunión de grandes pueblos de la tierra del aquilón; y desde allí se aparejarán contra ella, y será tomada: sus flechas como de valiente diestro, que no se tornará en vano.
Ganado descarriado es Israel; leones lo amontonaron: el rey de Asiria lo devoró el primero; este Nabucodonosor rey de Babilonia lo deshuesó el postrero.
Por tanto, así ha dicho Jehová de los ejércitos, Dios de Israel: He aquí que yo visito al rey de Babilonia y á su tierra, como visité al rey de Asiria.
Púsete lazos, y aun fuiste tomada, oh Babilonia, y tú no lo supiste: fuiste hallada, y aun presa, porque provocaste á Jehová.
Venid contra ella desde el cabo de la tierra: abrid sus almacenes: hacedla montones, y destruidla: no le queden reliquias.
Y el soberbio tropezará y caerá, y no tendrá quien lo levante: y encenderé fuego en sus ciudades, y quemaré todos sus alrededores.
Curamos á Babilonia, y no ha sanado: dejadla, y vámonos cada uno á su tierra; porque llegado ha hasta el cielo su juicio, y alzádose hasta las nubes.
También quebrantaré por medio de ti al pastor y á su manada: quebrantaré por tu medio á labradores y sus yuntas; y duques y príncipes quebrantaré por medio de ti.
Por tanto, así ha dicho Jehová: He aquí que yo juzgo tu causa y haré tu venganza; y secaré su mar, y haré que quede seca su corriente.
A una rugirán como leones; como cachorros de leones bramarán.
Y será que cuando acabares de leer este libro, le atarás una piedra, y lo echarás en medio del Eufrates:
Aconteció por tanto á los nueve años de su reinado, en el mes décimo, á los diez días del mes, que vino Nabucodonosor rey de Babilonia, él y todo su ejército, contra Jerusalem, y contra ella asentaron campo, y de todas partes edificaron contra ella baluartes.
Y degolló el rey de Babilonia á los hijos de Sedechîas delante de sus ojos, y también degolló á todos los príncipes de Judá en Ribla.
Y las copas, é incensarios, y tazones, y ollas, y candeleros, y escudillas, y tazas: lo que de oro de oro, y lo que de plata de plata, se llevó el capitán de la guardia.
Y el capitel de bronce que había sobre ella, era de altura de cinco codos, con una red y granadas en el capitel alrededor, todo de bronce; y lo mismo era lo de la segunda columna con sus granadas.
Las calzadas de Sión tienen luto, porque no hay quien venga á las solemnidades; todas sus puertas están asoladas, sus sacerdotes gimen, sus vírgenes afligidas, y ella tiene amargura.
Jerusalem, cuando cayó su pueblo en mano del enemigo y no hubo quien le ayudase, se acordó de los días de su aflicción, y de sus rebeliones, y de todas sus cosas deseables que tuvo desde los tiempos antiguos: miráronla los enemigos, y escarnecieron de sus sábados.
Sión extendió sus manos, no tiene quien la consuele; Jehová dió mandamiento contra Jacob, que sus enemigos lo cercasen: Jerusalem fué en abominación entre ellos.
Jehová es justo; que yo contra su boca me rebelé. Oid ahora, pueblos todos, y ved mi dolor: mis vírgenes y mis mancebos fueron en cautiverio.
Dí voces á mis amadores, mas ellos me han engañado; mis sacerdotes y mis ancianos en la ciudad perecieron, buscando comida para sí con que entretener su vida.
Destruyó el Señor, y no perdonó; destruyó en su furor todas las tiendas de Jacob: echó por tierra las fortalezas de la hija de Judá, deslustró el reino y sus príncipes.
¿Qué testigo te traeré, ó á quién te haré semejante, hija de Jerusalem? ¿A quién te compararé para consolarte, oh virgen hija de Sión? Porque grande es tu quebrantamiento como la mar: ¿quién te medicinará?
Jehová ha hecho lo que tenía determinado, ha cumplido su palabra que él había mandado desde tiempo antiguo: destruyó, y no perdonó; y alegró sobre ti al enemigo, y enalteció el cuerno de tus adversarios.
Cercóme por todos lados, y no puedo salir; agravó mis grillos.
Como oso que acecha fué para mí, como león en escondrijos.
Y mi alma se alejó de la paz, olvidéme del bien.
Acuérdate de mi aflicción y de mi abatimiento, del ajenjo y de la hiel.
Pondrá su boca en el polvo, por si quizá hay esperanza.
Mis ojos contristaron mi alma, por todas las hijas de mi ciudad.
Los dichos de los que contra mí se levantaron, y su designio contra mí todo el día.
Los hijos de Sión, preciados y estimados más que el oro puro, ¡cómo son tenidos por vasos de barro, obra de manos de alfarero!
Aun nos han desfallecido nuestros ojos tras nuestro vano socorro: en nuestra esperanza aguardamos gente que no puede salvar.
Por el monte de Sión que está asolado; zorras andan en él.
Fué palabra de Jehová á Ezequiel sacerdote, hijo de Buzi, en la tierra de los Caldeos, junto al río de Chebar; fué allí sobre él la mano de Jehová.
Y miré, y he aquí un viento tempestuoso venía del aquilón, una gran nube, con un fuego envolvente, y en derredor suyo un resplandor, y en medio del fuego una cosa que parecía como de ámbar,
Y en medio de ella, figura de cuatro animales. Y este era su parecer; había en ellos semejanza de hombre.
Y los animales corrían y tornaban á semejanza de relámpagos.
Cual parece el arco del cielo que está en las nubes el día que llueve, así era el parecer del resplandor alrededor. Esta fué la visión de la semejanza de la gloria de Jehová. Y luego que yo la hube visto, caí sobre mi rostro, y oí voz de uno que hablaba.
Y abrí mi boca, é hízome comer aquel rollo.
Como diamante, más fuerte que pedernal he hecho tu frente; no los temas, ni tengas miedo delante de ellos, porque es casa rebelde.
Levantóme pues el espíritu, y me tomó; y fuí en amargura, en la indignación de mi espíritu: mas la mano de Jehová era fuerte sobre mí.
Y aconteció que al cabo de los siete días fué á mí palabra de Jehová, diciendo:
Y tú, oh hijo del hombre, he aquí que pondrán sobre ti cuerdas, y con ellas te ligarán, y no saldrás entre ellos.
Y cumplidos estos, dormirás sobre tu lado derecho segunda vez, y llevarás la maldad de la casa de Judá cuarenta días: día por año, día por año te lo he dado.
Y dijo Jehová: Así comerán los hijos de Israel su pan inmundo, entre las gentes á donde los lanzaré yo.
Por tanto, vivo yo, dice el Señor Jehová, ciertamente por haber violado mi santuario con todas tus abominaciones, te quebrantaré yo también: mi ojo no perdonará, ni tampoco tendré yo misericordia.
Y serás oprobio, y escarnio, y escarmiento, y espanto á las gentes que están alrededor de ti, cuando yo hiciere en ti juicios en furor é indignación, y en reprensiones de ira. Yo Jehová he hablado.
Enviaré pues sobre vosotros hambre, y malas bestias que te destruyan; y pestilencia y sangre pasarán por ti; y meteré sobre ti cuchillo. Yo Jehová he hablado.
Y los que de vosotros escaparen, se acordarán de mí entre las gentes entre las cuales serán cautivos: porque yo me quebranté á causa de su corazón fornicario, que se apartó de mí, y á causa de sus ojos, que fornicaron tras sus ídolos: y se avergonzarán de sí mismos, á causa de los males que hicieron en todas sus abominaciones.
Y sabrán que yo soy Jehová: no en vano dije que les había de hacer este mal.
El que estuviere lejos, morirá de pestilencia; y el que estuviere cerca caerá á cuchillo; y el que quedare, y fuere cercado, morirá de hambre: así cumpliré en ellos mi enojo.
Y aquella semejanza extendió la mano, y tomóme por las guedejas de mi cabeza; y el espíritu me alzó entre el cielo y la tierra, y llevóme en visiones de Dios á Jerusalem, á la entrada de la puerta de adentro que mira hacia el aquilón, donde estaba la habitación de la imagen del celo, la que hacía celar.
Díjome entonces: Hijo del hombre, ¿no ves lo que éstos hacen, las grandes abominaciones que la casa de Israel hace aquí, para alejarme de mi santuario? Mas vuélvete aún, y verás abominaciones mayores.
Y metióme en el atrio de adentro de la casa de Jehová: y he aquí junto á la entrada del templo de Jehová, entre la entrada y el altar, como veinticinco varones, sus espaldas vueltas al templo de Jehová y sus rostros al oriente, y encorvábanse al nacimiento del sol.
Y díjome: ¿No has visto, hijo del hombre? ¿Es cosa liviana para la casa de Judá hacer las abominaciones que hacen aquí? Después que han llenado la tierra de maldad, y se tornaron á irritarme, he aquí que ponen hedor á mis narices.
Y he aquí que seis varones venían del camino de la puerta de arriba que está vuelta al aquilón, y cada unotraíaen su mano su instrumento para destruir. Y entre ellos había un varón vestido de lienzos, el cual traía á su cintura una escribanía de escribano; y entrados, paráronse junto al altar de bronce.
Y á los otros dijo á mis oídos: Pasad por la ciudad en pos de él, y herid; no perdone vuestro ojo, ni tengáis misericordia.
Y los querubines estaban á la mano derecha de la casa cuando este varón entró; y la nube henchía el atrio de adentro.
Y el estruendo de las alas de los querubines se oía hasta el atrio de afuera, como la voz del Dios Omnipotente cuando habla.
Y os sacaré de en medio de ella, y os entregaré en manos de extraños, y yo haré juicios en vosotros.
Di por tanto: Así ha dicho el Señor Jehová: Yo os recogeré de los pueblos, y os allegaré de las tierras en las cuales estáis esparcidos, y os daré la tierra de Israel.
Y darles he un corazón, y espíritu nuevo daré en sus entrañas; y quitaré el corazón de piedra de su carne, y daréles corazón de carne;
Para que anden en mis ordenanzas, y guarden mis juicios y los cumplan, y me sean por pueblo, y yo sea á ellos por Dios.
Y hablé á los trasportados todas las palabras de Jehová que él me había mostrado.
Por tanto tú, hijo del hombre, hazte aparejos de marcha, y pártete de día delante de sus ojos; y te pasarás de tu lugar á otro lugar á vista de ellos, por si tal vez atienden, porque son casa rebelde.
Hijo del hombre, come tu pan con temblor, y bebe tu agua con estremecimiento y con anhelo;
Y FUÉ á mí palabra de Jehová, diciendo:
Así ha dicho el Señor Jehová: ¡Ay de los profetas insensatos, que andan en pos de su propio espíritu, y nada vieron!
Y he aquí, cuando la pared habrá caído, no os dirán: ¿Dónde está la embarradura con que encostrasteis?
Y di: Así ha dicho el Señor Jehová: ¡Ay de aquellas que cosen almohadillas á todos codos de manos, y hacen veletes sobre la cabeza de toda edad para cazar las almas! ¿Habéis de cazar las almas de mi pueblo, para mantener así vuestra propia vida?
Por tanto no veréis vanidad, ni más adivinaréis adivinación; y libraré mi pueblo de vuestra mano; y sabréis que yo soy Jehová.
Hijo del hombre, estos hombres han puesto sus ídolos en su corazón, y establecido el tropiezo de su maldad delante de su rostro: ¿acaso he de ser yo verdaderamente consultado por ellos?
Y fué á mí palabra de Jehová, diciendo:
Si estuvieren en medio de ella estos tres varones, Noé, Daniel, y Job, ellos por su justicia librarán su vida, dice el Señor Jehová.
Por lo cual así ha dicho el Señor Jehová: ¿Cuánto más, si mis cuatro malos juicios, espada, y hambre, y mala bestia, y pestilencia, enviare contra Jerusalem, para talar de ella hombres y bestias?
Y FUÉ á mí palabra de Jehová, diciendo:
Y tornaré la tierra en asolamiento, por cuanto cometieron prevaricación, dice el Señor Jehová.
Y sacrificaste mis hijos, y dístelos á ellas para que los hiciesen pasar por el fuego.
Y haré reposar mi ira sobre ti, y apartaráse de ti mi celo, y descansaré de más enojarme.
Y aun no anduviste en sus caminos, ni hiciste según sus abominaciones; antes, como si esto fuera poco y muy poco, te corrompiste más que ellas en todos tus caminos.
Y ensoberbeciéronse, é hicieron abominación delante de mí, y quitélas como vi bueno.
Y confirmaré mi pacto contigo, y sabrás que yo soy Jehová;
Y fué otra grande águila, de grandes alas y de muchas plumas; y he aquí que esta vid juntó cerca de ella sus raíces, y extendió hacia ella sus ramos, para ser regada por ella por los surcos de su plantío.
Por tanto, así ha dicho el Señor Jehová: Vivo yo, que el juramento mío que menospreció, y mi concierto que ha invalidado, tornaré sobre su cabeza.
Ni oprimiere á nadie; la prenda no empeñare, ni cometiere robos; al hambriento diere de su pan, y cubriere de vestido al desnudo;
Y también yo les alcé mi mano en el desierto, que no los metería en la tierra que les dí, que fluye leche y miel, la cual es la más hermosa de todas las tierras;
Y tú, hijo del hombre, gime con quebrantamiento de lomos, y con amargura; gime delante de los ojos de ellos.
Clama y aulla, oh hijo del hombre; porque ésta será sobre mi pueblo, será ella sobre todos los príncipes de Israel. Temores de espada serán á mi pueblo: por tanto, hiere el muslo;
Y yo también batiré mi mano con mi mano, y haré reposar mi ira. Yo Jehová he hablado.
Y tú, hijo del hombre, señálate dos caminos por donde venga la espada del rey de Babilonia: de una misma tierra salgan ambos: y echa mano á la suerte: en el principio del camino de la ciudad lo harás.
El camino señalarás por donde venga la espada á Rabba de los hijos de Ammón, y á Judá contra Jerusalem la fuerte.
Por tanto, así ha dicho el Señor Jehová: Por cuanto habéis hecho venir en memoria vuestras maldades, manifestando vuestras traiciones, y descubriendo vuestros pecados en todas vuestras obras; por cuanto habéis venido en memoria, seréis tomados á mano.
Y FUÉ á mí palabra de Jehová, diciendo:
Por tanto, así ha dicho el Señor Jehová: Por cuanto todos vosotros os habéis tornado en escorias, por tanto, he aquí que yo os junto en medio de Jerusalem.
La conjuración de sus profetas en medio de ella, como león bramando que arrebata presa: devoraron almas, tomaron haciendas y honra, aumentaron sus viudas en medio de ella.
Y sus profetas revocaban con lodo suelto, profetizándoles vanidad, y adivinándoles mentira, diciendo: Así ha dicho el Señor Jehová; y Jehová no había hablado.
El pueblo de la tierra usaba de opresión, y cometía robo, y al afligido y menesteroso hacían violencia, y al extranjero oprimían sin derecho.
Por lo cual la entregué en mano de sus amantes, en mano de los hijos de los Asirios, de quienes se había enamorado.
Y vi que se había contaminado: un camino era el de ambas.
Enamoróse de ellos en viéndolos, y envióles mensajeros á la tierra de los Caldeos.
Y enamoróse de sus rufianes, cuya carne es como carne de asnos, y cuyo flujo como flujo de caballos.
Y vendrán sobre ti carros, carretas, y ruedas, y multitud de pueblos. Escudos, y paveses, y capacetes pondrán contra ti en derredor; y yo daré el juicio delante de ellos, y por sus leyes te juzgarán.
Y díjome Jehová: Hijo del hombre, ¿no juzgarás tú á Aholah, y á Aholibah, y les denunciarás sus abominaciones?
Y oyóse en ella voz de compañía en holganza: y con los varones fueron traídos de la gente común los Sabeos del desierto; y pusieron manillas sobre sus manos, y coronas de gloria sobre sus cabezas.
Y dije á la envejecida en adulterios: Sus prostituciones cumplirán ellos ahora, y ella con ellos:
En aquel día se abrirá tu boca para hablar con el escapado, y hablarás, y no estarás más mudo; y les serás por señal, y sabrán que yo soy Jehová.
Y te haré descender con los que descienden al sepulcro, con el pueblo del siglo: y te pondré en lo más bajo de la tierra, como los desiertos antiguos, con los que descienden al sepulcro, para que nunca más seas poblada; y yo daré gloria en la tierra de los vivientes.
Persas y Lidios, y los de Phut, fueron en tu ejército tus hombres de guerra: escudos y capacetes colgaron en ti; ellos te dieron tu honra.
Al estrépito de las voces de tus marineros temblarán los arrabales.
Y fué á mí palabra de Jehová, diciendo:
En Edén, en el huerto de Dios estuviste: toda piedra preciosa fué tu vestidura; el sardio, topacio, diamante, crisólito, onique, y berilo, el zafiro, carbunclo, y esmeralda, y oro, los primores de tus tamboriles y pífanos estuvieron apercibidos para ti en el día de tu creación.
Y enviaré á ella pestilencia y sangre en sus plazas; y caerán muertos en medio de ella, con espada contra ella alrededor; y sabrán que yo soy Jehová.
Por tanto, así ha dicho el Señor Jehová: He aquí que yo traigo contra ti espada, y talaré de ti hombres y bestias.
Y vendrá espada á Egipto, y habrá miedo en Etiopía, cuando caerán heridos en Egipto; y tomarán su multitud, y serán destruídos sus fundamentos.
Y en Tehaphnes será cerrado el día, cuando quebrantaré yo allí las barras de Egipto, y cesará en ella la soberbia de su fortaleza: nublado la cubrirá, y los moradores de sus aldeas irán en cautiverio.
Y fortificaré los brazos del rey de Babilonia, y pondré mi espada en su mano; mas quebraré los brazos de Faraón, y delante de aquél gemirá con gemidos de herido de muerte.
Fortificaré pues los brazos del rey de Babilonia, y los brazos de Faraón caerán; y sabrán que yo soy Jehová, cuando yo pusiere mi espada en la mano del rey de Babilonia, y él la extendiere sobre la tierra de Egipto.
También ellos descendieron con él á la fosa, con los muertos á cuchillo, los que fueron su brazo, los que estuvieron á su sombra en medio de las gentes.
Porque eres tan hermoso, desciende, y yace con los incircuncisos.
Entre los muertos á cuchillo caerán: al cuchillo es entregado: traedlo á él y á todos sus pueblos.
Y cuando el impío se apartare de su impiedad, é hiciere juicio y justicia, vivirá por ello.
No corroborasteis las flacas, ni curasteis la enferma: no ligasteis la perniquebrada, ni tornasteis la amontada, ni buscasteis la perdida; sino que os habéis enseñoreado de ellas con dureza y con violencia;
Por tanto, oh pastores, oid palabra de Jehová:
Yo apacentaré mis ovejas, y yo les haré tener majada, dice el Señor Jehová.
Y vosotras, ovejas mías, ovejas de mi pasto, hombres sois, y yo vuestro Dios, dice el Señor Jehová.
Así ha dicho el Señor Jehová: Alegrándose toda la tierra, yo te haré soledad.
Y haré andar hombres sobre vosotros, á mi pueblo Israel; y te poseerán, y les serás por heredad, y nunca más les matarás los hijos.
Y nunca más te haré oir injuria de gentes, ni más llevarás denuestos de pueblos, ni harás más morir los hijos á tus gentes, dice el Señor Jehová.
Por tanto, di á la casa de Israel: Así ha dicho el Señor Jehová: No lo hago por vosotros, oh casa de Israel, sino por causa de mi santo nombre, el cual profanasteis vosotros entre las gentes á donde habéis llegado.
Y pondré dentro de vosotros mi espíritu, y haré que andéis en mis mandamientos, y guardéis mis derechos, y los pongáis por obra.
Y yo te quebrantaré, y pondré anzuelos en tus quijadas, y te sacaré á ti, y á todo tu ejército, caballos y caballeros, vestidos de todo todos ellos, grande multitud con paveses y escudos, teniendo todos ellos espadas:
Aparéjate, y apercíbete, tú, y toda tu multitud que se ha reunido á ti, y séles por guarda.
Y dirás: Subiré contra tierra de aldeas, iré á gentes reposadas, y que habitan confiadamente: todos ellos habitan sin muros, no tienen cerrojos ni puertas:
Y en todos mis montes llamaré contra él espada, dice el Señor Jehová: la espada de cada cual será contra su hermano.
Y yo litigaré con él con pestilencia y con sangre; y haré llover sobre él, y sobre sus compañías, y sobre los muchos pueblos que están con él, impetuosa lluvia, y piedras de granizo, fuego y azufre.
TÚ pues, hijo del hombre, profetiza contra Gog, y di: Así ha dicho el Señor Jehová: He aquí yo contra ti, oh Gog, príncipe de la cabecera de Mesech y Tubal:
Y pondré mi gloria entre las gentes, y todas las gentes verán mi juicio que habré hecho, y mi mano que sobre ellos puse.
Ni esconderé más de ellos mi rostro; porque habré derramado de mi espíritu sobre la casa de Israel, dice el Señor Jehová.
Midió asimismo la entrada de la puerta por de dentro, una caña.
E hizo los postes de sesenta codos, cada poste del atrio y del portal por todo alrededor.
Llevóme luego al atrio exterior, y he aquí, había cámaras, y solado hecho al atrio en derredor: treinta cámaras había alrededor en aquel atrio.
Y el solado al lado de las puertas, en proporción á la longitud de los portales, era el solado más bajo.
Y había mayor anchura y vuelta en las cámaras á lo más alto; el caracol de la casa subía muy alto alrededor por de dentro de la casa: por tanto la casa tenía más anchura arriba; y de la cámara baja se subía á la alta por la del medio.
Y la anchura de la pared de afuera de las cámaras era de cinco codos, y el espacio que quedaba de las cámaras de la casa por de dentro.
Y la puerta de cada cámara salía al espacio que quedaba; una puerta hacia el norte, y otra puerta hacia el mediodía: y la anchura del espacio que quedaba era de cinco codos por todo alrededor.
Y delante de las cámaras había un corredor de diez codos de ancho á la parte de adentro, con viaje de un codo; y sus puertas hacia el norte.
Y he aquí la gloria del Dios de Israel, que venía de hacia el oriente; y su sonido era como el sonido de muchas aguas, y la tierra resplandecía á causa de su gloria.
Y si se avergonzaren de todo lo que han hecho, hazles entender la figura de la casa, y su traza, y sus salidas y sus entradas, y todas sus formas, y todas sus descripciones, y todas sus configuraciones, y todas sus leyes: y descríbelo delante de sus ojos, para que guarden toda su forma, y todas sus reglas, y las pongan por obra.
Y estas son las medidas del altar por codos (el codo de á codo y palmo). El seno, de un codo, y de un codo el ancho; y su remate por su borde alrededor, de un palmo. Este será el fondo alto del altar.
Y el altar tenía doce codos de largo, y doce de ancho, cuadrado á sus cuatro lados.
Cuando acabares de expiar, ofrecerás un becerro de la vacada sin defecto, y un carnero sin tacha de la manada:
Y díjome Jehová: Hijo del hombre, pon tu corazón, y mira con tus ojos, y oye con tus oídos todo lo que yo hablo contigo sobre todas las ordenanzas de la casa de Jehová, y todas sus leyes: y pon tu corazón á las entradas de la casa, y á todas las salidas del santuario.
Y los Levitas que se apartaron lejos de mí cuando Israel erró, el cual se desvió de mí en pos de sus ídolos, llevarán su iniquidad.
Y no raparán su cabeza, ni dejarán crecer el cabello; sino que lo recortarán trasquilando sus cabezas.
Esta será la ofrenda que ofreceréis: la sexta parte de un epha de homer del trigo, y la sexta parte de un epha de homer de la cebada.
Mas del príncipe será el dar el holocausto, y el sacrificio, y la libación, en las solemnidades, y en las lunas nuevas, y en los sábados, y en todas las fiestas de la casa de Israel: él dispondrá la expiación, y el presente, y el holocausto, y los pacíficos, para expiar la casa de Israel.
Mas el día de la nueva luna, un becerro sin tacha de la vacada, y seis corderos, y un carnero: deberán ser sin defecto.
Y con él harás todas las mañanas presente de la sexta parte de un epha, y la tercera parte de un hin de aceite para mezclar con la flor de harina: presente para Jehová continuamente por estatuto perpetuo.
Mas si de su heredad diere don á alguno de sus siervos, será de él hasta el año de libertad, y volverá al príncipe; mas su herencia será de sus hijos.
Y la heredaréis así los unos como los otros: por ella alcé mi mano que la había de dar á vuestros padres: por tanto, esta tierra os caerá en heredad.
Al lado del oriente, por medio de Hauran y de Damasco, y de Galaad, y de la tierra de Israel, al Jordán: esto mediréis de término hasta la mar del oriente.
Y al lado del mediodía, hacia el mediodía, desde Tamar hasta las aguas de las rencillas; desde Cades y el arroyo hasta la gran mar: y esto será el lado austral, al mediodía.
Ellos tendrán por suerte, apartada en la partición de la tierra, la parte santísima, junto al término de los Levitas.
No venderán de ello, ni permutarán, ni traspasarán las primicias de la tierra: porque es cosa consagrada á Jehová.
Y lo que quedare de longitud delante de la suerte santa, diez mil cañas al oriente y diez mil al occidente, que será lo que quedará de la suerte santa, será para sembrar para los que sirven á la ciudad.
Si no me mostráis el sueño, una sola sentencia será de vosotros. Ciertamente preparáis respuesta mentirosa y perversa que decir delante de mí, entre tanto que se muda el tiempo: por tanto, decidme el sueño, para que yo entienda que me podéis mostrar su declaración.
Entonces Arioch llevó prestamente á Daniel delante del rey, y díjole así: Un varón de los trasportados de Judá he hallado, el cual declarará al rey la interpretación.
Respondió el rey, y dijo á Daniel, al cual llamaban Beltsasar: ¿Podrás tú hacerme entender el sueño que vi, y su declaración?
Este es el sueño: la declaración de él diremos también en presencia del rey.
Y todo lo que habitan hijos de hombres, bestias del campo, y aves del cielo, él ha entregado en tu mano, y te ha hecho enseñorear sobre todo ello: tú eres aquella cabeza de oro.
Y en los días de estos reyes, levantará el Dios del cielo un reino que nunca jamás se corromperá: y no será dejado á otro pueblo este reino; el cual desmenuzará y consumirá todos estos reinos, y él permanecerá para siempre.
Por lo cual, en oyendo todos los pueblos el son de la bocina, del pífano, del tamboril, del arpa, del salterio, de la zampoña, y de todo instrumento músico, todos los pueblos, naciones, y lenguas, se postraron, y adoraron la estatua de oro que el rey Nabucodonosor había levantado.
Hay unos varones Judíos, los cuales pusiste tú sobre los negocios de la provincia de Babilonia; Sadrach, Mesach, y Abed-nego: estos varones, oh rey, no han hecho cuenta de ti; no adoran tus dioses, no adoran la estatua de oro que tú levantaste.
Sadrach, Mesach, y Abed-nego respondieron y dijeron al rey Nabucodonosor: No cuidamos de responderte sobre este negocio.
He aquí nuestro Dios á quien honramos, puede librarnos del horno de fuego ardiendo; y de tu mano, oh rey, nos librará.
Y porque la palabra del rey daba priesa, y había procurado que se encendiese mucho, la llama del fuego mató á aquellos que habían alzado á Sadrach, Mesach, y Abed-nego.
Yo el rey Nabucodonosor he visto este sueño. Tú pues, Beltsasar, dirás la declaración de él, porque todos los sabios de mi reino nunca pudieron mostrarme su interpretación: mas tú puedes, porque hay en ti espíritu de los dioses santos.
Tú mismo eres, oh rey, que creciste, y te hiciste fuerte, pues creció tu grandeza, y ha llegado hasta el cielo, y tu señorío hasta el cabo de la tierra.
Que te echarán de entre los hombres, y con las bestias del campo será tu morada, y con hierba del campo te apacentarán como á los bueyes, y con rocío del cielo serás bañado; y siete tiempos pasarán sobre ti, hasta que entiendas que el Altísimo se enseñorea en el reino de los hombres, y que á quien él quisiere lo dará.
Ahora yo Nabucodonosor alabo, engrandezco y glorifico al Rey del cielo, porque todas sus obras son verdad, y sus caminos juicio; y humillar puede á los que andan con soberbia.
Entonces el rey se demudó de su color, y sus pensamientos lo turbaron, y desatáronse las ceñiduras de sus lomos, y sus rodillas se batían la una con la otra.
El rey clamó en alta voz que hiciesen venir magos, Caldeos, y adivinos. Habló el rey, y dijo á los sabios de Babilonia: Cualquiera que leyere esta escritura, y me mostrare su declaración, será vestido de púrpura, y tendrá collar de oro á su cuello; y en el reino se enseñoreará el tercero.
Entonces de su presencia fué enviada la palma de la mano que esculpió esta escritura.
Después de esto miraba yo en las visiones de la noche, y he aquí la cuarta bestia, espantosa y terrible, y en grande manera fuerte; la cual tenía unos dientes grandes de hierro: devoraba y desmenuzaba, y las sobras hollaba con sus pies: y era muy diferente de todas las bestias que habían sido antes de ella, y tenía diez cuernos.
Habían también quitado á las otras bestias su señorío, y les había sido dada prolongación de vida hasta cierto tiempo.
Mi espíritu fué turbado, yo Daniel, en medio de mi cuerpo, y las visiones de mi cabeza me asombraron.
Vi que el carnero hería con los cuernos al poniente, al norte, y al mediodía, y que ninguna bestia podía parar delante de él, ni había quien escapase de su mano: y hacía conforme á su voluntad, y engrandecíase.
Y del uno de ellos salió un cuerno pequeño, el cual creció mucho al mediodía, y al oriente, y hacia la tierra deseable.
Y engrandecióse hasta el ejército del cielo; y parte del ejército y de las estrellas echó por tierra, y las holló.
Y no obedecimos á la voz de Jehová nuestro Dios, para andar en sus leyes, las cuales puso él delante de nosotros por mano de sus siervos los profetas.
E hízome entender, y habló conmigo, y dijo: Daniel, ahora he salido para hacerte entender la declaración.
Y al cabo de años se concertarán, y la hija del rey del mediodía vendrá al rey del norte para hacer los conciertos. Empero ella no podrá retener la fuerza del brazo: ni permanecerá él, ni su brazo; porque será entregada ella, y los que la habían traído, asimismo su hijo, y los que estaban de parte de ella en aquel tiempo.
Vendrá pues el rey del norte, y fundará baluartes, y tomará la ciudad fuerte; y los brazos del mediodía no podrán permanecer, ni su pueblo escogido, ni habrá fortaleza que pueda resistir.
Y el que vendrá contra él, hará á su voluntad, ni habrá quien se le pueda parar delante; y estará en la tierra deseable, la cual será consumida en su poder.
Volverá después su rostro á las islas, y tomará muchas; mas un príncipe le hará parar su afrenta, y aun tornará sobre él su oprobio.
Y sucederá en su lugar un vil, al cual no darán la honra del reino: vendrá empero con paz, y tomará el reino con halagos.
Y volveráse á su tierra con grande riqueza, y su corazón será contra el pacto santo: hará pues, y volveráse á su tierra.
Y acaecerá que en aquel día quebraré yo el arco de Israel en el valle de Jezreel.
Con todo será el número de los hijos de Israel como la arena de la mar, que ni se puede medir ni contar. Y será, que donde se les ha dicho: Vosotros no sois mi pueblo, les será dicho: Sois hijos del Dios viviente.
Compréla entonces para mí por quince dineros de plata, y un homer y medio de cebada;
Por lo cual, se enlutará la tierra, y extenuaráse todo morador de ella, con las bestias del campo, y las aves del cielo: y aun los peces de la mar fallecerán.
No visitaré sobre vuestras hijas cuando fornicaren, ni sobre vuestras nueras cuando adulteraren: porque ellos ofrecen con las rameras, y con las malas mujeres sacrifican: por tanto, el pueblo sin entendimiento caerá.
Mas ellos, cual Adam, traspasaron el pacto: allí prevaricaron contra mí.
En la casa de Israel he visto suciedad: allí fornicó Ephraim, se contaminó Israel:
Será tragado Israel: presto serán entre las gentes como vaso en que no hay contentamiento.
Olvidó pues Israel á su Hacedor, y edificó templos, y Judá multiplicó ciudades fuertes: mas yo meteré fuego en sus ciudades, el cual devorará sus palacios.
ES Israel una frondosa viña, haciendo fruto para sí: conforme á la multiplicación de su fruto multiplicó altares, conforme á la bondad de su tierra aumentaron sus estatuas.
Volverán, y se sentarán bajo de su sombra: serán vivificados como trigo, y florecerán como la vid: su olor, como de vino del Líbano.
Ephraim dirá: ¿Qué más tendré ya con los ídolos? Yo lo oiré, y miraré; yo seré á él como la haya verde: de mí será hallado tu fruto.
Ceñíos y lamentad, sacerdotes; aullad, ministros del altar; venid, dormid en sacos, ministros de mi Dios: porque quitado es de la casa de vuestro Dios el presente y la libación.
¡Ay del día! porque cercano está el día de Jehová, y vendrá como destrucción por el Todopoderoso.
A ti, oh Jehová, clamaré: porque fuego consumió los pastos del desierto, y llama abrasó todos los árboles del campo.
Reunid el pueblo, santificad la reunión, juntad los viejos, congregad los niños y los que maman: salga de su cámara el novio, y de su tálamo la novia.
Y os restituiré los años que comió la oruga, la langosta, el pulgón, y el revoltón; mi grande ejército que envié contra vosotros.
El sol se tornará en tinieblas, y la luna en sangre, antes que venga el día grande y espantoso de Jehová.
Y echaron suertes sobre mi pueblo, y á los niños dieron por una ramera, y vendieron las niñas por vino para beber.
Y limpiaré la sangre de los que no limpié; y Jehová morará en Sión.
Y dijo: Jehová bramará desde Sión, y dará su voz desde Jerusalem; y las estancias de los pastores se enlutarán, y secaráse la cumbre del Carmelo.
Así ha dicho Jehová: Por tres pecados de Tiro, y por el cuarto, no desviaré su castigo; porque entregaron la cautividad entera á Edom, y no se acordaron del concierto de hermanos.
Y meteré fuego en Temán, y consumirá los palacios de Bosra.
El esforzado entre esforzados huirá desnudo aquel día, dice Jehová.
Y saldrán por los portillos la una en pos de la otra, y seréis echadas del palacio, dice Jehová.
Yo también os dí limpieza de dientes en todas vuestras ciudades, y falta de pan en todos vuestros pueblos: mas no os tornasteis á mí, dice Jehová.
Y también yo os detuve la lluvia tres meses antes de la siega: é hice llover sobre una ciudad, y sobre otra ciudad no hice llover: sobre una parte llovió; la parte sobre la cual no llovió, secóse.
Trastornéos, como cuando Dios trastornó á Sodoma y á Gomorra, y fuisteis como tizón escapado del fuego: mas no os tornasteis á mí, dice Jehová.
Ellos aborrecieron en la puerta al reprensor, y al que hablaba lo recto abominaron.
Por tanto, así ha dicho Jehová Dios de los ejércitos, el Señor: En todas las plazas habrá llanto, y en todas las calles dirán, ¡Ay! ¡ay! y al labrador llamarán á lloro, y á endecha á los que endechar supieren.
Y su tío tomará á cada uno, y quemarále para sacar los huesos de casa; y dirá al que estará en los rincones de la casa: ¿Hay aún alguno contigo? Y dirá: No. Y dirá aquél: Calla, que no podemos hacer mención del nombre de Jehová.
Pues he aquí, levantaré yo sobre vosotros, oh casa de Israel, dice Jehová Dios de los ejércitos, gente que os oprimirá desde la entrada de Hamath hasta el arroyo del desierto.
Entonces respondió Amós, y dijo á Amasías: No soy profeta, ni soy hijo de profeta, sino que soy boyero, y cogedor de cabrahigos:
Para comprar los pobres por dinero, y los necesitados por un par de zapatos, y venderemos las aechaduras del trigo?
El edificó en el cielo sus gradas, y ha establecido su expansión sobre la tierra: él llama las aguas de la mar, y sobre la haz de la tierra las derrama: Jehová es su nombre.
Pues no debiste tú estar mirando en el día de tu hermano, el día en que fué extrañado: no te habías de haber alegrado de los hijos de Judá en el día que se perdieron, ni habías de ensanchar tu boca en el día de la angustia:
Y los hombres de Nínive creyeron á Dios, y pregonaron ayuno, y vistiéronse de sacos desde el mayor de ellos hasta el menor de ellos.
Y que se cubran de saco los hombres y los animales, y clamen á Dios fuertemente: y conviértase cada uno de su mal camino, de la rapiña que está en sus manos.
Y preparó Jehová Dios una calabacera, la cual creció sobre Jonás para que hiciese sombra sobre su cabeza, y le defendiese de su mal: y Jonás se alegró grandemente por la calabacera.
Y todas sus estatuas serán despedazadas, y todos sus dones serán quemados en fuego, y asolaré todos sus ídolos; porque de dones de rameras los juntó, y á dones de rameras volverán.
Porque su llaga es dolorosa, que llegó hasta Judá; llegó hasta la puerta de mi pueblo, hasta Jerusalem.
Si hubiere alguno que ande con el viento, y finja mentiras diciendo: Yo te profetizaré de vino y de sidra; este tal será profeta á este pueblo.
Y vendrán muchas gentes, y dirán: Venid, y subamos al monte de Jehová, y á la casa del Dios de Jacob; y enseñarános en sus caminos, y andaremos por sus veredas: porque de Sión saldrá la ley, y de Jerusalem la palabra de Jehová.
Y juzgará entre muchos pueblos, y corregirá fuertes gentes hasta muy lejos: y martillarán sus espadas para azadones, y sus lanzas para hoces: no alzará espada gente contra gente, ni más se ensayarán para la guerra.
En aquel día, dice Jehová, juntaré la coja, y recogeré la amontada, y á la que afligí;
Y comerán la tierra de Assur á cuchillo, y la tierra de Nimrod con sus espadas: y nos librará del Asirio, cuando viniere contra nuestra tierra y hollare nuestros términos.
Haré también destruir las ciudades de tu tierra, y arruinaré todas tus fortalezas.
Asimismo destruiré de tu mano las hechicerías, y no se hallarán en ti agoreros.
En ese día vendrán hasta ti desde Asiria y las ciudades fuertes, y desde las ciudades fuertes hasta el Río, y de mar á mar, y de monte á monte.
Y la tierra con sus moradores será asolada por el fruto de sus obras.
Los carros se precipitarán á las plazas, discurrirán por las calles: su aspecto como hachas encendidas; correrán como relámpagos.
Y la reina fué cautiva; mandarle han que suba, y sus criadas la llevarán gimiendo como palomas, batiendo sus pechos.
El león arrebataba en abundancia para sus cachorros, y ahogaba para sus leonas, y henchía de presa sus cavernas, y de robo sus moradas.
Y echaré sobre ti suciedades, y te afrentaré, y te pondré como estiércol.
Multiplicaste tus mercaderes más que las estrellas del cielo: el pulgón hizo presa, y voló.
Y haces que sean los hombres como los peces de la mar, como reptiles que no tienen señor?
¿Vaciará por eso su red, ó tendrá piedad de matar gentes continuamente?
¡Ay del que dice al palo: Despiértate; y á la piedra muda: Levántate! ¿Podrá él enseñar? He aquí él está cubierto de oro y plata, y no hay dentro de él espíritu.
ORACIÓN de Habacuc profeta, sobre Sigionoth.
¿Airóse Jehová contra los ríos? ¿contra los ríos fué tu enojo? ¿tu ira contra la mar, cuando subiste sobre tus caballos, y sobre tus carros de salud?
Y á los que tornan atrás de en pos de Jehová; y á los que no buscaron á Jehová, ni preguntaron por él.
CONGREGAOS y meditad, gente no amable,
Y será aquella parte para el resto de la casa de Judá; allí apacentarán: en las casas de Ascalón dormirán á la noche; porque Jehová su Dios los visitará, y tornará sus cautivos.
Vosotros también los de Etiopía seréis muertos con mi espada.
Esta es la ciudad alegre que estaba confiada, la que decía en su corazón: Yo, y no más. ¡Cómo fué en asolamiento, en cama de bestias! Cualquiera que pasare junto á ella silbará, meneará su mano.
Jehová justo en medio de ella, no hará iniquidad: de mañana sacará á luz su juicio, nunca falta: mas el perverso no tiene vergüenza.
El resto de Israel no hará iniquidad, ni dirá mentira, ni en boca de ellos se hallará lengua engañosa: porque ellos serán apacentados y dormirán, y no habrá quien los espante.
Jehová ha apartado tus juicios, ha echado fuera tus enemigos: Jehová es Rey de Israel en medio de ti; nunca más verás mal.
Antes que fuesen estas cosas, venían al montón de veinte hanegas, y había diez; venían al lagar para sacar cincuenta cántaros del lagar, y había veinte.
Les dirás pues: Así ha dicho Jehová de los ejércitos: Volveos á mí, dice Jehová de los ejércitos, y yo me volveré á vosotros, ha dicho Jehová de los ejércitos.
Y ellos hablaron á aquel ángel de Jehová que estaba entre los mirtos, y dijeron: Hemos recorrido la tierra, y he aquí, toda la tierra está reposada y quieta.
Y con grande enojo estoy airado contra las gentes que están reposadas; porque yo estaba enojado un poco, y ellos ayudaron para el mal.
Y he aquí, salía aquel ángel que hablaba conmigo, y otro ángel le salió al encuentro,
Yo seré para ella, dice Jehová, muro de fuego en derredor, y seré por gloria en medio de ella.
Calle toda carne delante de Jehová; porque él se ha despertado de su santa morada.
Y habló el ángel, é intimó á los que estaban delante de sí, diciendo: Quitadle esas vestimentas viles. Y á él dijo: Mira que he hecho pasar tu pecado de ti, y te he hecho vestir de ropas de gala.
Y el ángel de Jehová protestó al mismo Josué, diciendo:
Proseguí, y hablé á aquel ángel que hablaba conmigo, diciendo: ¿Qué es esto, señor mío?
Las manos de Zorobabel echarán el fundamento á esta casa, y sus manos la acabarán; y conocerás que Jehová de los ejércitos me envió á vosotros.
Hablé más, y díjele: ¿Qué significan estas dos olivas á la derecha del candelero, y á su izquierda?
Y los rucios salieron, y se afanaron por ir á recorrer la tierra. Y dijo: Id, recorred la tierra. Y recorrieron la tierra.
Y FUÉá mípalabra de Jehová de los ejércitos, diciendo:
Y ninguno de vosotros piense mal en su corazón contra su prójimo, ni améis juramento falso: porque todas estas son cosas que aborrezco, dice Jehová.
Y quitaré sus sangres de su boca, y sus abominaciones de sus dientes, y quedarán ellos también para nuestro Dios, y serán como capitanes en Judá, y Ecrón como el Jebuseo.
Alégrate mucho, hija de Sión; da voces de júbilo, hija de Jerusalem: he aquí, tu rey vendrá á ti, justo y salvador, humilde, y cabalgando sobre un asno, así sobre un pollino hijo de asna.
Porque entesado he para mí á Judá como arco, henchí á Ephraim; y despertaré tus hijos, oh Sión, contra tus hijos, oh Grecia, y te pondré como espada de valiente.
Jehová de los ejércitos los amparará, y ellos devorarán, y sujetarán á las piedras de la honda, y beberán, y harán estrépito como tomados del vino; y se llenarán como cuenco, ó como los lados del altar.
Y serán como valientes, que en la batalla pisanal enemigoen el lodo de las calles; y pelearán, porque Jehováserácon ellos; y los que cabalgan en caballos serán avergonzados.
Porque yo fortificaré la casa de Judá, y guardaré la casa de José; y harélos volver, porque de ellos tendré piedad; y serán como si no los hubiera desechado; porque yo soy Jehová su Dios, que los oiré.
Así ha dicho Jehová mi Dios: Apacienta las ovejas de la matanza;
Y dije: No os apacentaré; la que muriere, muera; y la que se perdiere, se pierda; y las que quedaren, que cada una coma la carne de su compañera.
Y fué deshecho en ese día, y así conocieron los pobres del rebaño que miran á mí, que era palabra de Jehová.
He aquí, yo pongo á Jerusalem por vaso de temblor á todos los pueblos de alrededor cuando estén en el sitio contra Judá y contra Jerusalem.
En aquel día pondré los capitanes de Judá como un brasero de fuego en leña, y como una hacha de fuego en gavillas; y consumirán á diestra y á siniestra todos los pueblos alrededor: y Jerusalem será otra vez habitada en su lugar, en Jerusalem.
Y librará Jehová las tiendas de Judá primero, porque la gloria de la casa de David y del morador de Jerusalem no se engrandezca sobre Judá.
Y dirá: No soy profeta; labrador soy de la tierra: porque estoaprendí del hombre desde mi juventud.
Y Judá también peleará en Jerusalem. Y serán reunidas las riquezas de todas las gentes de alrededor: oro, y plata, y ropas de vestir, en grande abundancia.
Maldito el engañoso, que tiene macho en su rebaño, y promete, y sacrifica lo dañado á Jehová: porque yo soy Gran Rey, dice Jehová de los ejércitos, y mi nombre es formidable entre las gentes.
Prevaricó Judá, y en Israel y en Jerusalem ha sido cometida abominación; porque Judá ha profanado la santidad de Jehová que amó, y casádose con hija de dios extraño.
Y Josías engendró á Jechônías y á sus hermanos, en la transmigración de Babilonia.
Y Azor engendró á Sadoc: y Sadoc engendró á Achîm: y Achîm engendró á Eliud:
Todo esto aconteció para que se cumpliese lo que fué dicho por el Señor, por el profeta que dijo:
Y tú, Bethlehem, de tierra de Judá, no eres muy pequeña entre los príncipes de Judá; porque de ti saldrá un guiador, que apacentará á mi pueblo Israel.
Y no penséis decir dentro de vosotros: A Abraham tenemos por padre: porque yo os digo, que puede Dios despertar hijos á Abraham aun de estas piedras.
Y Jesús, después que fué bautizado, subió luego del agua; y he aquí los cielos le fueron abiertos, y vió al Espíritu de Dios que descendía como paloma, y venía sobre él.
Mas él respondiendo, dijo: Escrito está: No con solo el pan vivirá el hombre, mas con toda palabra que sale de la boca de Dios.
Desde entonces comenzó Jesús á predicar, y á decir: Arrepentíos, que el reino de los cielos se ha acercado.
Bienaventurados los que lloran: porque ellos recibirán consolación.
Así alumbre vuestra luz delante de los hombres, para que vean vuestras obras buenas, y glorifiquen á vuestro Padre que está en los cielos.
Concíliate con tu adversario presto, entre tanto que estás con él en el camino; porque no acontezca que el adversario te entregue al juez, y el juez te entregue al alguacil, y seas echado en prisión.
Ni por tu cabeza jurarás, porque no puedes hacer un cabello blanco ó negro.
Para que sea tu limosna en secreto: y tu Padre que ve en secreto, él te recompensará en público.
Así que, no os congojéis por el día de mañana; que el día de mañana traerá su fatiga: basta al día su afán.
Porque con el juicio con que juzgáis, seréis juzgados; y con la medida con que medís, os volverán á medir.
¿Y si le pidiere un pez, le dará una serpiente?
Pues si vosotros, siendo malos, sabéis dar buenas dádivas á vuestros hijos, ¿cuánto más vuestro Padre que está en los cielos, dará buenas cosas á los que le piden?
Porque les enseñaba como quien tiene autoridad, y no como los escribas.
Y diciendo: Señor, mi mozo yace en casa paralítico, gravemente atormentado.
Entonces Jesús dijo al centurión: Ve, y como creiste te sea hecho. Y su mozo fué sano en el mismo momento.
Y he aquí, toda la ciudad salió á encontrar á Jesús: y cuando le vieron, le rogaban que saliese de sus términos.
Y aconteció que estando él sentado á la mesa en casa, he aquí que muchos publicanos y pecadores, que habían venido, se sentaron juntamente á la mesa con Jesús y sus discípulos.
Andad pues, y aprended qué cosa es: Misericordia quiero, y no sacrificio: porque no he venido á llamar justos, sino pecadores á arrepentimiento.
Y llegado á la casa, vinieron á él los ciegos; y Jesús les dice: ¿Creéis que puedo hacer esto? Ellos dicen: Sí, Señor.
ENTONCES llamando á sus doce discípulos, les dió potestad contra los espíritus inmundos, para que los echasen fuera, y sanasen toda enfermedad y toda dolencia.
Y entrando en la casa, saludadla.
Porque no sois vosotros los que habláis, sino el Espíritu de vuestro Padre que habla en vosotros.
Y seréis aborrecidos de todos por mi nombre; mas el que soportare hasta el fin, éste será salvo.
Mas cuando os persiguieren en esta ciudad, huid á la otra: porque de cierto os digo, queno acabaréis de andar todas las ciudades de Israel, que no venga el Hijo del hombre.
Y bienaventurado es el que no fuere escandalizado en mí.
Y dicen: Os tañimos flauta, y no bailasteis; os endechamos, y no lamentasteis.
Todas las cosas me son entregadas de mi Padre: y nadie conoció al Hijo, sino el Padre; ni al Padre conoció alguno, sino el Hijo, y aquel á quien el Hijo lo quisiere revelar.
Y he aquí había allí uno que tenía una mano seca: y le preguntaron, diciendo: ¿Es lícito curar en sábado? por acusarle.
He aquí mi siervo, al cual he escogido; mi Amado, en el cual se agrada mi alma: pondré mi Espíritu sobre él, y á los Gentiles anunciará juicio.
Entonces fué traído á él un endemoniado, ciego y mudo, y le sanó; de tal manera, que el ciego y mudo hablaba y veía.
Y cualquiera que hablare contra el Hijo del hombre, le será perdonado: mas cualquiera que hablare contra el Espíritu Santo, no le será perdonado, ni en este siglo, ni en el venidero.
Mas en saliendo el sol, se quemó; y secóse, porque no tenía raíz.
Y él dijo: No; porque cogiendo la cizaña, no arranquéis también con ella el trigo.
Dejad crecer juntamente lo uno y lo otro hasta la siega; y al tiempo de la siega yo diré á los segadores: Coged primero la cizaña, y atadla en manojos para quemarla; mas recoged el trigo en mi alfolí.
Entonces, despedidas las gentes, Jesús se vino á casa; y llegándose á él sus discípulos, le dijeron: Decláranos la parábola de la cizaña del campo.
Y no hizo allí muchas maravillas, á causa de la incredulidad de ellos.
Y dijo á sus criados: Este es Juan el Bautista: él ha resucitado de los muertos, y por eso virtudes obran en él.
Y prometió él con juramento de darle todo lo que pidiese.
Entonces llegaron sus discípulos, y tomaron el cuerpo, y lo enterraron; y fueron, y dieron las nuevas á Jesús.
Y comieron todos, y se hartaron; y alzaron lo que sobró de los pedazos, doce cestas llenas.
Hipócritas, bien profetizó de vosotros Isaías, diciendo:
Mas respondiendo él, dijo: Toda planta que no plantó mi Padre celestial, será desarraigada.
Mas lo que sale de la boca, del corazón sale; y esto contamina al hombre.
Y ella dijo: Sí, Señor; mas los perrillos comen de las migajas que caen de la mesa de sus señores.
Y partido Jesús de allí, vino junto al mar de Galilea: y subiendo al monte, se sentó allí.
De manera que se maravillaban las gentes, viendo hablar los mudos, los mancos sanos, andar los cojos, y ver los ciegos: y glorificaron al Dios de Israel.
Y Jesús llamando á sus discípulos, dijo: Tengo lástima de la gente, que ya hace tres días que perseveran conmigo, y no tienen qué comer; y enviarlos ayunos no quiero, porque no desmayen en el camino.
¿Cómo es que no entendéis que no por el pan os dije, que os guardaseis de la levadura de los Fariseos y de los Saduceos?
Entonces entendieron que no les había dicho que se guardasen de la levadura de pan, sino de la doctrina de los Fariseos y de los Saduceos.
El les dice: Y vosotros, ¿quién decís que soy?
Y respondiendo Simón Pedro, dijo: Tú eres el Cristo, el Hijo del Dios viviente.
Y á ti daré las llaves del reino de los cielos; y todo lo que ligares en la tierra será ligado en los cielos; y todo lo que desatares en la tierra será desatado en los cielos.
Y alzando ellos sus ojos, á nadie vieron, sino á solo Jesús.
Y como descendieron del monte, les mandó Jesús, diciendo: No digáis á nadie la visión, hasta que el Hijo del hombre resucite de los muertos.
Y Jesús le reprendió, y salió el demonio de él; y el mozo fué sano desde aquella hora.
Y cualquiera que recibiere á un tal niño en mi nombre, á mí recibe.
¡Ay del mundo por los escándalos! porque necesario es que vengan escándalos; mas ¡ay de aquel hombre por el cual viene el escándalo!
Y saliendo aquel siervo, halló á uno de sus consiervos, que le debía cien denarios; y trabando de él, le ahogaba, diciendo: Págame lo que debes.
¿No te convenía también á ti tener misericordia de tu consiervo, como también yo tuve misericordia de ti?
Entonces se llegaron á él los Fariseos, tentándole, y diciéndole: ¿Es lícito al hombre repudiar á su mujer por cualquiera causa?
Y dijo: Por tanto, el hombre dejará padre y madre, y se unirá á su mujer, y serán dos en una carne?
Así que, no son ya más dos, sino una carne: por tanto, lo que Dios juntó, no lo aparte el hombre.
Entonces Jesús dijo á sus discípulos: De cierto os digo, que un rico difícilmente entrará en el reino de los cielos.
Y habiéndose concertado con los obreros en un denario al día, los envió á su viña.
Y viniendo los que habían ido cerca de la hora undécima, recibieron cada uno un denario.
Como el Hijo del hombre no vino para ser servido, sino para servir, y para dar su vida en rescate por muchos.
Y la gente les reñía para que callasen; mas ellos clamaban más, diciendo: Señor, Hijo de David, ten misericordia de nosotros.
Y trajeron el asna y el pollino, y pusieron sobre ellos sus mantos; y se sentó sobre ellos.
Y las gentes que iban delante, y las que iban detrás, aclamaban diciendo: ¡Hosanna al Hijo de David! ¡Bendito el que viene en el nombre del Señor! ¡Hosanna en las alturas!
Y les dice: Escrito está: Mi casa, casa de oración será llamada; mas vosotros cueva de ladrones la habéis hecho.
Entonces dice á sus siervos: Las bodas á la verdad están aparejadas; mas los que eran llamados no eran dignos.
Entonces les dice: ¿Cúya es esta figura, y lo que está encima escrito?
Y preguntó uno de ellos, intérprete de la ley, tentándole y diciendo:
Este es el primero y el grande mandamiento.
Y el segundo es semejante á éste: Amarás á tu prójimo como á ti mismo.
Dijo el Señor á mi Señor: Siéntate á mi diestra, entre tanto que pongo tus enemigos por estrado de tus pies?
Mas ¡ay de vosotros, escribas y Fariseos, hipócritas! porque cerráis el reino de los cielos delante de los hombres; que ni vosotros entráis, ni á los que están entrando dejáis entrar.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque coméis las casas de las viudas, y por pretexto hacéis larga oración: por esto llevaréis más grave juicio.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque edificáis los sepulcros de los profetas, y adornáis los monumentos de los justos,
¡Serpientes, generación de víboras! ¿cómo evitaréis el juicio del infierno?
Porque os digo que desde ahora no me veréis, hasta que digáis: Bendito el que viene en el nombre del Señor.
Y todas estas cosas, principio de dolores.
Y muchos entonces serán escandalizados; y se entregarán unos á otros, y unos á otros se aborrecerán.
Dos mujeres moliendo á un molinillo; la una será tomada, y la otra será dejada.
Y las cinco de ellas eran prudentes, y las cinco fatuas.
Mas las prudentes respondieron, diciendo: Porque no nos falte á nosotras y á vosotras, id antes á los que venden, y comprad para vosotras.
Y después vinieron también las otras vírgenes, diciendo: Señor, Señor, ábrenos.
Y á éste dió cinco talentos, y al otro dos, y al otro uno: á cada uno conforme á su facultad; y luego se partió lejos.
Su señor le dijo: Bien, buen siervo y fiel; sobre poco has sido fiel, sobre mucho te pondré: entra en el gozo de tu señor.
Y tuve miedo, y fuí, y escondí tu talento en la tierra: he aquí tienes lo que es tuyo.
Y respondiendo su señor, le dijo: Malo y negligente siervo, sabías que siego donde no sembré y que recojo donde no esparcí;
E irán éstos al tormento eterno, y los justos á la vida eterna.
Lo cual viendo sus discípulos, se enojaron, diciendo: ¿Por qué se pierde esto?
Y os digo, que desde ahora no beberé más de este fruto de la vid, hasta aquel día, cuando lo tengo de beber nuevo con vosotros en el reino de mi Padre.
Y tomando á Pedro, y á los dos hijos de Zebedeo, comenzó á entristecerse y á angustiarse en gran manera.
Levantaos, vamos: he aquí ha llegado el que me ha entregado.
Y levantándose el pontífice, le dijo: ¿No respondes nada? ¿qué testifican éstos contra ti?
Y Pedro estaba sentado fuera en el patio: y se llegó á él una criada, diciendo: Y tú con Jesús el Galileo estabas.
Y saliendo él á la puerta, le vió otra, y dijo á los que estaban allí: También éste estaba con Jesús Nazareno.
Y no le respondió ni una palabra; de tal manera que el presidente se maravillaba mucho.
Le dieron á beber vinagre mezclado con hiel; y gustando, no quiso beberlo.
Y después que le hubieron crucificado, repartieron sus vestidos, echando suertes: para que se cumpliese lo que fué dicho por el profeta: Se repartieron mis vestidos, y sobre mi ropa echaron suertes.
Y sentados le guardaban allí.
Y desde la hora de sexta fueron tinieblas sobre toda la tierra hasta la hora de nona.
Y cerca de la hora de nona, Jesús exclamó con grande voz, diciendo: Eli, Eli, ¿lama sabachtani? Esto es: Dios mío, Dios mío, ¿por qué me has desamparado?
Mas Jesús, habiendo otra vez exclamado con grande voz, dió el espíritu.
Y he aquí, el velo del templo se rompió en dos, de alto á bajo: y la tierra tembló, y las piedras se hendieron;
Y salidos de los sepulcros, después de su resurrección, vinieron á la santa ciudad, y aparecieron á muchos.
Este llegó á Pilato, y pidió el cuerpo de Jesús: entonces Pilato mandó que se le diese el cuerpo.
Y he aquí, fué hecho un gran terremoto: porque el ángel del Señor, descendiendo del cielo y llegando, había revuelto la piedra, y estaba sentado sobre ella.
E id presto, decid á sus discípulos que ha resucitado de los muertos: y he aquí va delante de vosotros á Galilea; allí le veréis; he aquí, os lo he dicho.
Y juntados con los ancianos, y habido consejo, dieron mucho dinero á los soldados,
PRINCIPIO del evangelio de Jesucristo, Hijo de Dios.
Bautizaba Juan en el desierto, y predicaba el bautismo del arrepentimiento para remisión de pecados.
Y Juan andaba vestido de pelos de camello, y con un cinto de cuero alrededor de sus lomos; y comía langostas y miel silvestre.
Y hubounavoz de los cielosque decía: Tú eres mi Hijo amado; en ti tomo contentamiento.
Entonces llegando él, la tomó de su mano y la levantó; y luego la dejó la calentura, y les servía.
¿Qué es más fácil, decir al paralítico: Tus pecados te son perdonados, ó decirle: Levántate, y toma tu lecho y anda?
Y volvió á salir á la mar, y toda la gente venía á él, y los enseñaba.
Y él les dijo: ¿Nunca leísteis qué hizo David cuando tuvo necesidad, y tuvo hambre, él y los que con él estaban:
Así que el Hijo del hombre es Señor aun del sábado.
Y de Jerusalem, y de Idumea, y de la otra parte del Jordán. Y los de alrededor de Tiro y de Sidón, grande multitud, oyendo cuán grandes cosas hacía, vinieron á él.
Mas él les reñía mucho que no le manifestasen.
Y estableció doce, para que estuviesen con él, y para enviarlos á predicar,
Y á Judas Iscariote, el que le entregó. Y vinieron á casa.
Y éstos son los de junto al camino: en los que la palabra es sembrada: mas después que la oyeron, luego viene Satanás, y quita la palabra que fué sembrada en sus corazones.
Si alguno tiene oídos para oir, oiga.
Y temieron con gran temor, y decían el uno al otro. ¿Quién es éste, que aun el viento y la mar le obedecen?
Y siempre, de día y de noche, andaba dando voces en los montes y en los sepulcros, é hiriéndose con las piedras.
Y clamando á gran voz, dijo: ¿Qué tienes conmigo, Jesús, Hijo del Dios Altísimo? Te conjuro por Dios que no me atormentes.
Y pasando otra vez Jesús en un barco á la otra parte, se juntó á él gran compañía; y estaba junto á la mar.
Y él miraba alrededor para ver á la que había hecho esto.
Hablando aún él, vinieron de casa del príncipe de la sinagoga, diciendo: Tu hija es muerta; ¿para qué fatigas más al Maestro?
Y SALIÓ de allí, y vino á su tierra, y le siguieron sus discípulos.
Y les decía: Donde quiera que entréis en una casa, posad en ella hasta que salgáis de allí.
Porque Juan decía á Herodes: No te es lícito tener la mujer de tu hermano.
Y saliendo ella, dijo á su madre: ¿Qué pediré? Y ella dijo: La cabeza de Juan Bautista.
Y subió á ellos en el barco, y calmó el viento: y ellos en gran manera estaban fuera de sí, y se maravillaban:
(Porque los Fariseos y todos los Judíos, teniendo la tradición de los ancianos, si muchas veces no se lavan las manos, no comen.
Y díjoles: ¿También vosotros estáis así sin entendimiento? ¿No entendéis que todo lo de fuera que entra en el hombre, no le puede contaminar;
Porque una mujer, cuya hija tenía un espíritu inmundo, luego que oyó de él, vino y se echó á sus pies.
Y tomándole aparte de la gente, metió sus dedos en las orejas de él, y escupiendo, tocó su lengua;
Y les mandó que no lo dijesen á nadie; pero cuanto más les mandaba, tanto más y más lo divulgaban.
Y eran los que comieron, como cuatro mil: y los despidió.
Entonces él les dice: Y vosotros, ¿quién decís que soy yo? Y respondiendo Pedro, le dice: Tú eres el Cristo.
Porque el que quisiere salvar su vida, la perderá; y el que perdiere su vida por causa de mí y del evangelio, la salvará.
Y le preguntaron, diciendo: ¿Qué es lo que los escribas dicen, que es necesario que Elías venga antes?
Y habiendo salido de allí, caminaron por Galilea; y no quería que nadie lo supiese.
Porque el que no es contra nosotros, por nosotros es.
Porque todos serán salados con fuego, y todo sacrificio será salado con sal.
De cierto os digo, que el que no recibiere el reino de Dios como un niño, no entrará en él.
Y ellos dijeron: Podemos. Y Jesús les dijo: A la verdad, del vaso que yo bebo, beberéis; y del bautismo de que yo soy bautizado, seréis bautizados.
Y como lo oyeron los diez, comenzaron á enojarse de Jacobo y de Juan.
Mas Jesús, llamándolos, les dice: Sabéis que los que se ven ser príncipes entre las gentes, se enseñorean de ellas, y los que entre ellas son grandes, tienen sobre ellas potestad.
Y lo oyeron los escribas y los príncipes de los sacerdotes, y procuraban cómo le matarían; porque le tenían miedo, por cuanto todo el pueblo estaba maravillado de su doctrina.
Por tanto, os digo que todo lo que orando pidiereis, creed que lo recibiréis, y os vendrá.
Y le dicen: ¿Con qué facultad haces estas cosas? ¿y quién te ha dado esta facultad para hacer estas cosas?
Y si dijéremos, de los hombres, tememos al pueblo: porque todos juzgaban de Juan, que verdaderamente era profeta.
Teniendo pues aún un hijo suyo amado, enviólo también á ellos el postrero, diciendo: Tendrán en reverencia á mi hijo.
Por el Señor es hecho esto, y es cosa maravillosa en nuestros ojos?
Mirad, velad y orad: porque no sabéis cuándo será el tiempo.
Como el hombre que partiéndose lejos, dejó su casa, y dió facultad á sus siervos, y á cada uno su obra, y al portero mandó que velase:
Entonces Judas Iscariote, uno de los doce, vino á los príncipes de los sacerdotes, para entregársele.
Y él respondiendo les dijo: Es uno de los doce que moja conmigo en el plato.
Entonces Pedro le dijo: Aunque todos sean escandalizados, mas no yo.
Y vuelto, los halló otra vez durmiendo, porque los ojos de ellos estaban cargados; y no sabían qué responderle.
Y luego, aun hablando él, vino Judas, que era uno de los doce, y con él una compañía con espadas y palos, de parte de los príncipes de los sacerdotes, y de los escribas y de los ancianos.
Y respondiendo Jesús, les dijo: ¿Como á ladrón habéis salido con espadas y con palos á tomarme?
Mas él, dejando la sábana, se huyó de ellos desnudo.
Entonces el sumo sacerdote, levantándose en medio, preguntó á Jesús, diciendo: ¿No respondes algo? ¿Qué atestiguan éstos contra ti?
Y la criada viéndole otra vez, comenzó á decir á los que estaban allí: Este es de ellos.
Y el gallo cantó la segunda vez: y Pedro se acordó de las palabras que Jesús le había dicho: Antes que el gallo cante dos veces, me negarás tres veces. Y pensando en esto, lloraba.
Y Pilato le preguntó: ¿Eres tú el Rey de los Judíos? Y respondiendo él, le dijo: Tú lo dices.
Y los príncipes de los sacerdotes le acusaban mucho.
Y viniendo la multitud, comenzó á pedir hiciese como siempre les había hecho.
Y Pilato les respondió, diciendo: ¿Queréis que os suelte al Rey de los Judíos?
Y cuando le hubieron escarnecido, le desnudaron la púrpura, y le vistieron sus propios vestidos, y le sacaron para crucificarle.
Mas Jesús, dando una grande voz, espiró.
Y como miraron, ven la piedra revuelta; que era muy grande.
Mas id, decid á sus discípulos y á Pedro, que él va antes que vosotros á Galilea: allí le veréis, como os dijo.
Quitarán serpientes, y si bebieren cosa mortífera, no les dañará; sobre los enfermos pondrán sus manos, y sanarán.
Y aconteció que ejerciendo Zacarías el sacerdocio delante de Dios por el orden de su vez,
Y á muchos de los hijos de Israel convertirá al Señor Dios de ellos.
Y fué, que cumplidos los días de su oficio, se vino á su casa.
Mas ella, cuando le vió, se turbó de sus palabras, y pensaba qué salutación fuese ésta.
Porque me ha hecho grandes cosas el Poderoso; y santo es su nombre.
Hizo valentía con su brazo: esparció los soberbios del pensamiento de su corazón.
Bendito el Señor Dios de Israel, que ha visitado y hecho redención á su pueblo,
Y nos alzó un cuerno de salvación en la casa de David su siervo,
Salvación de nuestros enemigos, y de mano de todos los que nos aborrecieron;
Mas el ángel les dijo: No temáis; porque he aquí os doy nuevas de gran gozo, que será para todo el pueblo:
Y he aquí, había un hombre en Jerusalem, llamado Simeón, y este hombre, justo y pío, esperaba la consolación de Israel: y el Espíritu Santo era sobre él.
La cual has aparejado en presencia de todos los pueblos;
Y todos los que le oían, se pasmaban de su entendimiento y de sus respuestas.
Y cuando le vieron, se maravillaron; y díjole su madre: Hijo, ¿por qué nos has hecho así? He aquí, tu padre y yo te hemos buscado con dolor.
Siendo sumos sacerdotes Anás y Caifás, vino palabra del Señor sobre Juan, hijo de Zacarías, en el desierto.
Y estando el pueblo esperando, y pensando todos de Juan en sus corazones, si él fuese el Cristo,
Por cuarenta días, y era tentado del diablo. Y no comió cosa en aquellos días: los cuales pasados, tuvo hambre.
Y vino á Nazaret, donde había sido criado; y entró, conforme á su costumbre, el día del sábado en la sinagoga, y se levantó á leer.
Y fuéle dado el libro del profeta Isaías; y como abrió el libro, halló el lugar donde estaba escrito:
Y predicaba en las sinagogas de Galilea.
Y entrado en uno de estos barcos, el cual era de Simón, le rogó que lo desviase de tierra un poco; y sentándose, enseñaba desde el barco á las gentes.
Lo cual viendo Simón Pedro, se derribó de rodillas á Jesús, diciendo: Apártate de mí, Señor, porque soy hombre pecador.
Y luego, levantándose en presencia de ellos, y tomando aquel en que estaba echado, se fué á su casa, glorificando á Dios.
Y dejadas todas las cosas, levantándose, le siguió.
Y él les dijo: ¿Podéis hacer que los que están de bodas ayunen, entre tanto que el esposo está con ellos?
Cómo entró en la casa de Dios, y tomó los panes de la proposición, y comió, y dió también á los que estaban con él, los cuales no era lícito comer, sino á solos los sacerdotes?
Entonces Jesús les dice: Os preguntaré una cosa: ¿Es lícito en sábados hacer bien, ó hacer mal? ¿salvar la vida, ó quitarla?
Y al que te hiriere en la mejilla, dale también la otra; y al que te quitare la capa, ni aun el sayo le defiendas.
Sed pues misericordiosos, como también vuestro Padre es misericordioso.
El buen hombre del buen tesoro de su corazón saca bien; y el mal hombre del mal tesoro de su corazón saca mal; porque de la abundancia del corazón habla su boca.
Y otra parte cayó en buena tierra, y cuando fué nacida, llevó fruto á ciento por uno. Diciendo estas cosas clamaba: El que tiene oídos para oir, oiga.
Y los de sobre la piedra, son los que habiendo oído, reciben la palabra con gozo; mas éstos no tienen raíces; que á tiempo creen, y en el tiempo de la tentación se apartan.
(Porque mandaba al espíritu inmundo que saliese del hombre: porque ya de mucho tiempo le arrebataba; y le guardaban preso con cadenas y grillos; mas rompiendo las prisiones, era agitado del demonio por los desiertos.)
Y los pastores, como vieron lo que había acontecido, huyeron, y yendo dieron aviso en la ciudad y por las heredades.
Y salieron á ver lo que había acontecido; y vinieron á Jesús, y hallaron sentado al hombre de quien habían salido los demonios, vestido, y en su juicio, á los pies de Jesús; y tuvieron miedo.
Y les contaron los que lo habían visto, cómo había sido salvado aquel endemoniado.
Entonces su espíritu volvió, y se levantó luego: y él mandó que le diesen de comer.
Y sus padres estaban atónitos; á los cuales él mandó, que á nadie dijesen lo que había sido hecho.
Y JUNTANDO á sus doce discípulos, les dió virtud y potestad sobre todos los demonios, y que sanasen enfermedades.
Y dijo Herodes: A Juan yo degollé: ¿quién pues será éste, de quien yo oigo tales cosas? Y procuraba verle.
Y decía á todos: Si alguno quiere venir en pos de mí, niéguese á sí mismo, y tome su cruz cada día, y sígame.
Porque ¿qué aprovecha al hombre, si granjeare todo el mundo, y se pierda él á sí mismo, ó corra peligro de sí?
Y aconteció como ocho días después de estas palabras, que tomó á Pedro y á Juan y á Jacobo, y subió al monte á orar.
Y aconteció, que apartándose ellos de él, Pedro dice á Jesús: Maestro, bien es que nos quedemos aquí: y hagamos tres pabellones, uno para ti, y uno para Moisés, y uno para Elías; no sabiendo lo que se decía.
Y rogué á tus discípulos que le echasen fuera, y no pudieron.
Y les dice: Cualquiera que recibiere este niño en mi nombre, á mí recibe; y cualquiera que me recibiere á mí, recibe al que me envió; porque el que fuere el menor entre todos vosotros, éste será el grande.
Mas no le recibieron, porque era su traza de ir á Jerusalem.
Y le dijo Jesús: Las zorras tienen cuevas, y las aves de los cielos nidos; mas el Hijo del hombre no tiene donde recline la cabeza.
Y en cualquier ciudad donde entrareis, y os recibieren, comed lo que os pusieren delante;
Por tanto, Tiro y Sidón tendrán más remisión que vosotras en el juicio.
Y tú, Capernaum, que hasta los cielos estás levantada, hasta los infiernos serás abajada.
Y volvieron los setenta con gozo, diciendo: Señor, aun los demonios se nos sujetan en tu nombre.
Empero una cosa es necesaria; y María escogió la buena parte, la cual no le será quitada.
Porque todo aquel que pide, recibe; y el que busca, halla; y al que llama, se abre.
Pues si yo echo fuera los demonios en Beelzebub, ¿vuestros hijos en quién los echan fuera? Por tanto, ellos serán vuestros jueces.
Cuando el espíritu inmundo saliere del hombre, anda por lugares secos, buscando reposo; y no hallándolo, dice: Me volveré á mi casa de donde salí.
Y luego que hubo hablado, rogóle un Fariseo que comiese con él: y entrado Jesús, se sentó á la mesa.
Empero de lo que os resta, dad limosna; y he aquí todo os será limpio.
Desde la sangre de Abel, hasta la sangre de Zacarías, que murió entre el altar y el templo: así os digo, será demandada de esta generación.
Acechándole, y procurando cazar algo de su boca para acusarle.
Y aun los cabellos de vuestra cabeza están todos contados. No temáis pues: de más estima sois que muchos pajarillos.
Y dijo á sus discípulos: Por tanto os digo: No estéis afanosos de vuestra vida, qué comeréis; ni del cuerpo, qué vestiréis.
Considerad los lirios, cómo crecen: no labran, ni hilan; y os digo, que ni Salomón con toda su gloria se vistió como uno de ellos.
Y si así viste Dios á la hierba, que hoy está en el campo, y mañana es echada en el horno; ¿cuánto más á vosotros, hombres de poca fe?
Mas procurad el reino de Dios, y todas estas cosas os serán añadidas.
Y dijo el Señor: ¿Quién es el mayordomo fiel y prudente, al cual el señor pondrá sobre su familia, para que á tiempo les dé su ración?
Y respondiendo Jesús, les dijo: ¿Pensáis que estos Galileos, porque han padecido tales cosas, hayan sido más pecadores que todos los Galileos?
El entonces respondiendo, le dijo: Señor, déjala aún este año, hasta que la excave, y estercole.
Y he aquí, son postreros los que eran los primeros; y son primeros los que eran los postreros.
Aquel mismo día llegaron unos de los Fariseos, diciéndole: Sal, y vete de aquí, porque Herodes te quiere matar.
Porque ¿cuál de vosotros, queriendo edificar una torre, no cuenta primero sentado los gastos, si tiene lo que necesita para acabarla?
Así pues, cualquiera de vosotros que no renuncia á todas las cosas que posee, no puede ser mi discípulo.
Y dijo: Un hombre tenía dos hijos;
Y llamando á uno de los criados, preguntóle qué era aquello.
Yo sé lo que haré para que cuando fuere quitado de la mayordomía, me reciban en sus casas.
Y si en lo ajeno no fuisteis fieles, ¿quién os dará lo que es vuestro?
Y alzaron la voz, diciendo: Jesús, Maestro, ten misericordia de nosotros.
Y derribóse sobre el rostro á sus pies, dándole gracias: y éste era Samaritano.
Y díjole: Levántate, vete; tu fe te ha salvado.
Y respondiendo, le dicen: ¿Dónde, Señor? Y él les dijo: Donde estuviere el cuerpo, allá se juntarán también las águilas.
Y preguntóle un príncipe, diciendo: Maestro bueno, ¿qué haré para poseer la vida eterna?
Y como vino á aquel lugar Jesús, mirando, le vió, y díjole: Zaqueo, date priesa, desciende, porque hoy es necesario que pose en tu casa.
Mas llamados diez siervos suyos, les dió diez minas, y díjoles: Negociad entre tanto que vengo.
Y él le dice: Está bien, buen siervo; pues que en lo poco has sido fiel, tendrás potestad sobre diez ciudades.
Y también á éste dijo: Tú también sé sobre cinco ciudades.
Y fueron los que habían sido enviados, y hallaron como les dijo.
Diciendo: ¡Oh si también tú conocieses, á lo menos en este tu día, lo que toca á tu paz! mas ahora está encubierto de tus ojos.
Mas ellos pensaban dentro de sí, diciendo: Si dijéremos, del cielo, dirá: ¿Por qué, pues, no le creísteis?
Y volvió á enviar otro siervo; mas ellos á éste también, herido y afrentado, le enviaron vacío.
Mas los labradores, viéndole, pensaron entre sí, diciendo: Este es el heredero; venid, matémosle para que la heredad sea nuestra.
Y acechándole enviaron espías que se simulasen justos, para sorprenderle en palabras, para que le entregasen al principado y á la potestad del presidente.
Porque no pueden ya más morir: porque son iguales á los ángeles, y son hijos de Dios, cuando son hijos de la resurrección.
Y que los muertos hayan de resucitar, aun Moisés lo enseñó en el pasaje de la zarza, cuando llama al Señor: Dios de Abraham, y Dios de Isaac, y Dios de Jacob.
Así que David le llama Señor: ¿cómo pues es su hijo?
Entonces les dijo: Se levantará gente contra gente, y reino contra reino;
Secándose los hombres á causa del temor y expectación de las cosas que sobrevendrán á la redondez de la tierra: porque las virtudes de los cielos serán conmovidas.
Cuando ya brotan, viéndolo, de vosotros mismos entendéis que el verano está ya cerca.
Y como fué hora, sentóse á la mesa, y con él los apóstoles.
Porque os digo, que no beberé más del fruto de la vid, hasta que el reino de Dios venga.
Entonces él les dijo: Los reyes de las gentes se enseñorean de ellas; y los que sobre ellas tienen potestad, son llamados bienhechores:
Entonces respondiendo Jesús, dijo: Dejad hasta aquí. Y tocando su oreja, le sanó.
Diciendo: ¿Eres tú el Cristo? dínoslo. Y les dijo: Si os lo dijere, no creeréis;
LEVANTÁNDOSE entonces toda la multitud de ellos, lleváronle á Pilato.
Entonces Pilato, oyendo de Galilea, preguntó si el hombre era Galileo.
Y Herodes, viendo á Jesús, holgóse mucho, porque hacía mucho que deseaba verle; porque había oído de él muchas cosas, y tenía esperanza que le vería hacer alguna señal.
Y fueron hechos amigos entre sí Pilato y Herodes en el mismo día; porque antes eran enemigos entre sí.
Y les soltó á aquél que había sido echado en la cárcel por sedición y una muerte, al cual habían pedido; y entregó á Jesús á la voluntad de ellos.
Y llevaban también con él otros dos, malhechores, á ser muertos.
Y había también sobre él un título escrito con letras griegas, y latinas, y hebraicas: ESTE ES EL REY DE LOS JUDIOS.
Y respondiendo el otro, reprendióle, diciendo: ¿Ni aun tú temes á Dios, estando en la misma condenación?
Entonces Jesús le dijo: De cierto te digo, que hoy estarás conmigo en el paraíso.
Y como el centurión vió lo que había acontecido, dió gloria á Dios, diciendo: Verdaderamente este hombre era justo.
Y quitado, lo envolvió en una sábana, y le puso en un sepulcro abierto en una peña, en el cual ninguno había aún sido puesto.
Y aconteció que yendo hablando entre sí, y preguntándose el uno al otro, el mismo Jesús se llegó, é iba con ellos juntamente.
Mas nosotros esperábamos que él era el que había de redimir á Israel: y ahora sobre todo esto, hoy es el tercer día que esto ha acontecido.
Y fueron algunos de los nuestros al sepulcro, y hallaron así como las mujeres habían dicho; mas á él no le vieron.
Y he aquí, yo enviaré la promesa de mi Padre sobre vosotros: mas vosotros asentad en la ciudad de Jerusalem, hasta que seáis investidos de potencia de lo alto.
Y estaban siempre en el templo, alabando y bendiciendo á Dios. Amén.
Todas las cosas por él fueron hechas; y sin él nada de lo que es hecho, fué hecho.
Y aquel Verbo fué hecho carne, y habitó entre nosotros (y vimos su gloria, gloria como del unigénito del Padre), lleno de gracia y de verdad.
Dijo: Yo soy la voz del que clama en el desierto: Enderezad el camino del Señor, como dijo Isaías profeta.
Y le trajo á Jesús. Y mirándole Jesús, dijo: Tú eres Simón, hijo de Jonás: tú serás llamado Cephas (que quiere decir, Piedra).
Y dícele: De cierto, de cierto os digo: De aquí adelante veréis el cielo abierto, y los ángeles de Dios que suben y descienden sobre el Hijo del hombre.
Díceles Jesús: Henchid estas tinajuelas de agua. E hinchiéronlas hasta arriba.
Y como el maestresala gustó el agua hecha vino, que no sabía de dónde era (mas lo sabían los sirvientes que habían sacado el agua), el maestresala llama al esposo,
Respondió Jesús, y díjole: ¿Tú eres el maestro de Israel, y no sabes esto?
Y nadie subió al cielo, sino el que descendió del cielo, el Hijo del hombre, que está en el cielo.
Porque de tal manera amó Dios al mundo, que ha dado á su Hijo unigénito, para que todo aquel que en él cree, no se pierda, mas tenga vida eterna.
El que de arriba viene, sobre todos es: el que es de la tierra, terreno es, y cosas terrenas habla: el que viene del cielo, sobre todos es.
El que recibe su testimonio, éste signó que Dios es verdadero.
El que cree en el Hijo, tiene vida eterna; mas el que es incrédulo al Hijo, no verá la vida, sino que la ira de Dios está sobre él.
Dícele la mujer: Sé que el Mesías ha de venir, el cual se dice el Cristo: cuando él viniere nos declarará todas las cosas.
Díceles Jesús: Mi comida es que haga la voluntad del que me envió, y que acabe su obra.
Y el que siega, recibe salario, y allega fruto para vida eterna; para que el que siembra también goce, y el que siega.
Porque en esto es el dicho verdadero: Que uno es el que siembra, y otro es el que siega.
Yo os he enviado á segar lo que vosotros no labrasteis: otros labraron, y vosotros habéis entrado en sus labores.
Y decían á la mujer: Ya no creemos por tu dicho; porque nosotros mismos hemos oído, y sabemos que verdaderamente éste es el Salvador del mundo, el Cristo.
Y dos días después, salió de allí, y fuése á Galilea.
Dícele Jesús: Ve, tu hijo vive. Y el hombre creyó á la palabra que Jesús le dijo, y se fué.
Entonces él les preguntó á qué hora comenzó á estar mejor. Y dijéronle: Ayer á las siete le dejó la fiebre.
Señor, le respondió el enfermo, no tengo hombre que me meta en el estanque cuando el agua fuere revuelta; porque entre tanto que yo vengo, otro antes de mí ha descendido.
Para que todos honren al Hijo como honran al Padre. El que no honra al Hijo, no honra al Padre que le envió.
No puedo yo de mí mismo hacer nada: como oigo, juzgo: y mi juicio es justo; porque no busco mi voluntad, mas la voluntad del que me envió, del Padre.
Vosotros enviasteis á Juan, y él dió testimonio á la verdad.
Mas yo tengo mayor testimonio que el de Juan: porque las obras que el Padre me dió que cumpliese, las mismas obras que yo hago, dan testimonio de mí, que el Padre me haya enviado.
Y subió Jesús á un monte, y se sentó allí con sus discípulos.
Y estaba cerca la Pascua, la fiesta de los Judíos.
Y que otras navecillas habían arribado de Tiberias junto al lugar donde habían comido el pan después de haber el Señor dado gracias;
Y hallándole de la otra parte de la mar, dijéronle: Rabbí, ¿cuándo llegaste acá?
Respondió Jesús, y díjoles: Esta es la obra de Dios, que creáis en el que él ha enviado.
Mas os he dicho, que aunque me habéis visto, no creéis.
Y esta es la voluntad del que me envió, del Padre: Que todo lo que me diere, no pierda de ello, sino que lo resucite en el día postrero.
Y decían: ¿No es éste Jesús, el hijo de José, cuyo padre y madre nosotros conocemos? ¿cómo, pues, dice éste: Del cielo he descendido?
Vuestros padres comieron el maná en el desierto, y son muertos.
Este es el pan que desciende del cielo, para que el que de él comiere, no muera.
Entonces los Judíos contendían entre sí, diciendo: ¿Cómo puede éste darnos su carne á comer?
El que come mi carne y bebe mi sangre, tiene vida eterna: y yo le resucitaré en el día postrero.
Porque ni aun sus hermanos creían en él.
Mas como sus hermanos hubieron subido, entonces él también subió á la fiesta, no manifiestamente, sino como en secreto.
Y al medio de la fiesta subió Jesús al templo, y enseñaba.
Si recibe el hombre la circuncisión en sábado, para que la ley de Moisés no sea quebrantada, ¿os enojáis conmigo porque en sábado hice sano todo un hombre?
Y los ministriles vinieron á los principales sacerdotes y á los Fariseos; y ellos les dijeron: ¿Por qué no le trajisteis?
Entonces los Fariseos les respondieron: ¿Estáis también vosotros engañados?
Y díjoles otra vez Jesús: Yo me voy, y me buscaréis, mas en vuestro pecado moriréis: á donde yo voy, vosotros no podéis venir.
Y decíales: Vosotros sois de abajo, yo soy de arriba; vosotros sois de este mundo, yo no soy de este mundo.
Y respondiéronle: Simiente de Abraham somos, y jamás servimos á nadie: ¿cómo dices tú: Seréis libres?
Respondieron, y dijéronle: En pecados eres nacido todo, ¿y tú nos enseñas? Y echáronle fuera.
Y él dice: Creo, Señor; y adoróle.
Y ciertos de los Fariseos que estaban con él oyeron esto, y dijéronle: ¿Somos nosotros también ciegos?
Nadie me la quita, mas yo la pongo de mí mismo. Tengo poder para ponerla, y tengo poder para volverla á tomar. Este mandamiento recibí de mi Padre.
Y volvió á haber disensión entre los Judíos por estas palabras.
Y se hacía la fiesta de la dedicación en Jerusalem; y era invierno;
Respondióles Jesús: Os lo he dicho, y no creéis: las obras que yo hago en nombre de mi Padre, ellas dan testimonio de mí;
Respondió Jesús: ¿No tiene el día doce horas? El que anduviere de día, no tropieza, porque ve la luz de este mundo.
Y Marta dijo á Jesús: Señor, si hubieses estado aquí, mi hermano no fuera muerto;
Dícele Jesús: Yo soy la resurrección y la vida: el que cree en mí, aunque esté muerto, vivirá.
Y todo aquel que vive y cree en mí, no morirá eternamente. ¿Crees esto?
Dijeron entonces los Judíos: Mirad cómo le amaba.
Mas algunos de ellos fueron á los Fariseos, y dijéronles lo que Jesús había hecho.
Entonces los pontífices y los Fariseos juntaron concilio, y decían: ¿Qué hacemos? porque este hombre hace muchas señales.
Por tanto, Jesús ya no andaba manifiestamente entre los Judíos; mas fuése de allí á la tierra que está junto al desierto, á una ciudad que se llama Ephraim: y estábase allí con sus discípulos.
Y dijo uno de sus discípulos, Judas Iscariote, hijode Simón, el que le había de entregar:
Padre, glorifica tu nombre. Entonces vino una voz del cielo: Y lo he glorificado, y lo glorificaré otra vez.
Respondióle la gente: Nosotros hemos oído de la ley, que el Cristo permanece para siempre: ¿cómo pues dices tú: Conviene que el Hijo del hombre sea levantado? ¿Quién es este Hijo del hombre?
Empero habiendo hecho delante de ellos tantas señales, no creían en él.
Yo la luz he venido al mundo, para que todo aquel que cree en mí no permanezca en tinieblas.
Porque yo no he hablado de mí mismo: mas el Padre que me envió, él me dió mandamiento de lo que he de decir, y de lo que he de hablar.
Y la cena acabada, como el diablo ya había metido en el corazón de Judas, hijode Simón Iscariote, que le entregase,
Entonces vino á Simón Pedro; y Pedro le dice: ¿Señor, tú me lavas los pies?
Desde ahora os lo digo antes que se haga, para que cuando se hiciere, creáis que yo soy.
Respondióle Jesús: ¿Tu alma pondrás por mí? De cierto, de cierto te digo: No cantará el gallo, sin que me hayas negado tres veces.
Respondió Jesús, y díjole: El que me ama, mi palabra guardará; y mi Padre le amará, y vendremos á él, y haremos con él morada.
Mas para que se cumpla la palabra que está escrita en su ley: Que sin causa me aborrecieron.
ESTAS cosas os he hablado, para que no os escandalicéis.
Antes, porque os he hablado estas cosas, tristeza ha henchido vuestro corazón.
Decían pues: ¿Qué es esto que dice: Un poquito? No entendemos lo que habla.
Estas cosas os he hablado en proverbios: la hora viene cuando ya no os hablaré por proverbios, pero claramente os anunciaré del Padre.
Respondióles Jesús: ¿Ahora creéis?
Para que todos sean una cosa; como tú, oh Padre, en mí, y yo en ti, que también ellos sean en nosotros una cosa: para que el mundo crea que tú me enviaste.
Judas pues tomando una compañía, y ministros de los pontífices y de los Fariseos, vino allí con linternas y antorchas, y con armas.
Entonces Simón Pedro, que tenía espada, sacóla, é hirió al siervo del pontífice, y le cortó la oreja derecha. Y el siervo se llamaba Malco.
Respondiéronle los Judíos: Nosotros tenemos ley, y según nuestra ley debe morir, porque se hizo Hijo de Dios.
Desde entonces procuraba Pilato soltarle; mas los Judíos daban voces, diciendo: Si á éste sueltas, no eres amigo de César: cualquiera que se hace rey, á César contradice.
Mas ellos dieron voces: Quita, quita, crucifícale. Díceles Pilato: ¿A vuestro Rey he de crucificar? Respondieron los pontífices: No tenemos rey sino á César.
Y como vió Jesús á la madre, y al discípulo que él amaba, que estaba presente, dice á su madre: Mujer, he ahí tu hijo.
Después de esto, sabiendo Jesús que todas las cosas eran ya cumplidas, para que la Escritura se cumpliese, dijo: Sed tengo.
Y entonces entró también el otro discípulo, que había venido primero al sepulcro, y vió, y creyó.
Y como fué tarde aquel día, el primero de la semana, y estando las puertas cerradas donde los discípulos estaban juntos por miedo de los Judíos, vino Jesús, y púsose en medio, y díjoles: Paz á vosotros.
Este es aquel discípulo que da testimonio de estas cosas, y escribió estas cosas: y sabemos que su testimonio es verdadero.
Porque Juan á la verdad bautizó con agua, mas vosotros seréis bautizados con el Espíritu Santo no muchos días después de estos.
Y se les aparecieron lenguas repartidas, como de fuego, que se asentó sobre cada uno de ellos.
Moraban entonces en Jerusalem Judíos, varones religiosos, de todas las naciones debajo del cielo.
Mas otros burlándose, decían: Que están llenos de mosto.
Porque éstos no están borrachos, como vosotros pensáis, siendo la hora tercia del día;
El sol se volverá en tinieblas, y la luna en sangre, antes que venga el día del Señor, grande y manifiesto;
Y será que todo aquel que invocare el nombre del Señor, será salvo.
Empero siendo profeta, y sabiendo que con juramento le había Dios jurado que del fruto de su lomo, cuanto á la carne, levantaría al Cristo que se sentaría sobre su trono;
Y con otras muchas palabras testificaba y exhortaba, diciendo: Sed salvos de esta perversa generación.
Y todos los que creían estaban juntos; y tenían todas las cosas comunes;
Y viendo esto Pedro, respondió al pueblo: Varones Israelitas, ¿por qué os maravilláis de esto? ó ¿por qué ponéis los ojos en nosotros, como si con nuestra virtud ó piedad hubiésemos hecho andar á éste?
Y enviará á Jesucristo, que os fué antes anunciado:
Y aconteció al día siguiente, que se juntaron en Jerusalem los príncipes de ellos, y los ancianos, y los escribas;
Entonces viendo la constancia de Pedro y de Juan, sabido que eran hombres sin letras é ignorantes, se maravillaban; y les conocían que habían estado con Jesús.
Todavía, porque no se divulgue más por el pueblo, amenacémoslos que no hablen de aquí adelante á hombre alguno en este nombre.
Que por boca de David, tu siervo, dijiste: ¿Por qué han bramado las gentes, y los pueblos han pensado cosas vanas?
Y respondiendo Pedro y los apóstoles, dijeron: Es menester obedecer á Dios antes que á los hombres.
Y ellos partieron de delante del concilio, gozosos de que fuesen tenidos por dignos de padecer afrenta por el Nombre.
Y todos los días, en el templo y por las casas, no cesaban de enseñar y predicar á Jesucristo.
EN aquellos días, creciendo el número de los discípulos, hubo murmuración de los Griegos contra los Hebreos, de que sus viudas eran menospreciadas en el ministerio cotidiano.
Levantáronse entonces unos de la sinagoga que se llama de los Libertinos, y Cireneos, y Alejandrinos, y de los de Cilicia, y de Asia, disputando con Esteban.
Y los patriarcas, movidos de envidia, vendieron á José para Egipto; mas Dios era con él,
Los cuales fueron trasladados á Sichêm, y puestos en el sepulcro que compró Abraham á precio de dinero de los hijos de Hemor de Sichêm.
Hasta que se levantó otro rey en Egipto que no conocía á José.
Y fué enseñado Moisés en toda la sabiduría de los egipcios; y era poderoso en sus dichos y hechos.
Entonces Moisés mirando, se maravilló de la visión: y llegándose para considerar, fué hecha á él voz del Señor:
Yo soy el Dios de tus padres, el Dios de Abraham, y el Dios de Isaac, y el Dios de Jacob. Mas Moisés, temeroso, no osaba mirar.
Antes, trajisteis el tabernáculo de Moloch, y la estrella de vuestro dios Remphan: figuras que os hicisteis para adorarlas: os transportaré pues, más allá de Babilonia.
Mas él, estando lleno de Espíritu Santo, puestos los ojos en el cielo, vió la gloria de Dios, y á Jesús que estaba á la diestra de Dios,
Y el lugar de la Escritura que leía, era éste: Como oveja á la muerte fué llevado; y como cordero mudo delante del que le trasquila, así no abrió su boca:
Y como subieron del agua, el Espíritu del Señor arrebató á Felipe; y no le vió más el eunuco, y se fué por su camino gozoso.
Y cayendo en tierra, oyó una voz que le decía: Saulo, Saulo, ¿por qué me persigues?
Había entonces un discípulo en Damasco llamado Ananías, al cual el Señor dijo en visión: Ananías. Y él respondió: Heme aquí, Señor.
Y ha visto en visión un varón llamado Ananías, que entra y le pone la mano encima, para que reciba la vista.
Y viéronle todos los que habitaban en Lydda y en Sarona, los cuales se convirtieron al Señor.
Pío y temeroso de Dios con toda su casa, y que hacía muchas limosnas al pueblo, y oraba á Dios siempre.
Y estando Pedro pensando en la visión, le dijo el Espíritu: He aquí, tres hombres te buscan.
Y ellos dijeron: Cornelio, el centurión, varón justo y temeroso de Dios, y que tiene testimonio de toda la nación de los Judíos, ha recibido respuesta por un santo ángel, de hacerte venir á su casa, y oir de ti palabras.
Sino que de cualquiera nación que le teme y obra justicia, se agrada.
Y se espantaron los fieles que eran de la circuncisión, que habían venido con Pedro, de que también sobre los Gentiles se derramase el don del Espíritu Santo.
Porque los oían que hablaban en lenguas, y que magnificaban á Dios.
Y el Espíritu me dijo que fuese con ellos sin dudar. Y vinieron también conmigo estos seis hermanos, y entramos en casa de un varón,
Y de ellos había unos varones Ciprios y Cirenenses, los cuales como entraron en Antioquía, hablaron á los Griegos, anunciando el evangelio del Señor Jesús.
Y ellos le dijeron: Estás loca. Mas ella afirmaba que así era. Entonces ellos decían: Su ángel es.
Mas Pedro perseveraba en llamar: y cuando abrieron, viéronle, y se espantaron.
Y el pueblo aclamaba: Voz de Dios, y no de hombre.
Y llegados á Salamina, anunciaban la palabra de Dios en las sinagogas de los Judíos: y tenían también á Juan en el ministerio.
Mas les resistía Elimas el encantador (que así se interpreta su nombre), procurando apartar de la fe al procónsul.
Dijo: Oh, lleno de todo engaño y de toda maldad, hijo del diablo, enemigo de toda justicia, ¿no cesarás de trastornar los caminos rectos del Señor?
Mas como Juan cumpliese su carrera, dijo: ¿Quién pensáis que soy? No soy yo él; mas he aquí, viene tras mí uno, cuyo calzado de los pies no soy digno de desatar.
Porque los que habitaban en Jerusalem, y sus príncipes, no conociendo á éste, y las voces de los profetas que se leen todos los sábados, condenándole, las cumplieron.
La cual Dios ha cumplido á los hijos de ellos, á nosotros, resucitando á Jesús: como también en el salmo segundo está escrito: Mi hijo eres tú, yo te he engendrado hoy.
Y los discípulos estaban llenos de gozo, y del Espíritu Santo.
Con todo eso se detuvieron allí mucho tiempo, confiados en el Señor, el cual daba testimonio á la palabra de su gracia, dando que señales y milagros fuesen hechos por las manos de ellos.
Entonces sobrevinieron unos Judíos de Antioquía y de Iconio, que persuadieron á la multitud, y habiendo apedreado á Pablo, le sacaron fuera de la ciudad, pensando que estaba muerto.
La cual, como leyeron, fueron gozosos de la consolación.
Y pasando allí algún tiempo, fueron enviados de los hermanos á los apóstoles en paz.
Y Pablo y Bernabé se estaban en Antioquía, enseñando la palabra del Señor y anunciando el evangelio con otros muchos.
Y anduvo la Siria y la Cilicia, confirmando á las iglesias.
Y tomándolos en aquella misma hora de la noche, les lavó los azotes; y se bautizó luego él, y todos los suyos.
Declarando y proponiendo, que convenía que el Cristo padeciese, y resucitase de los muertos; y que Jesús, el cual yo os anuncio, decía él, éste era el Cristo.
El Dios que hizo el mundo y todas las cosas que en él hay, éste, como sea Señor del cielo y de la tierra, no habita en templos hechos de manos,
Y de una sangre ha hecho todo el linaje de los hombres, para que habitasen sobre toda la faz de la tierra; y les ha prefijado el orden de los tiempos, y los términos de la habitación de ellos;
Y porque era de su oficio, posó con ellos, y trabajaba; porque el oficio de ellos era hacer tiendas.
Y disputaba en la sinagoga todos los sábados, y persuadía á Judíos y á Griegos.
Entonces el Señor dijo de noche en visión á Pablo: No temas, sino habla, y no calles:
Porque yo estoy contigo, y ninguno te podrá hacer mal; porque yo tengo mucho pueblo en esta ciudad.
Sino que se despidió de ellos, diciendo: Es menester que en todo caso tenga la fiesta que viene, en Jerusalem; mas otra vez volveré á vosotros, queriendo Dios. Y partió de Efeso.
Y comenzó á hablar confiadamente en la sinagoga: al cual como oyeron Priscila y Aquila, le tomaron, y le declararon más particularmente el camino de Dios.
Y queriendo él pasar á Acaya, los hermanos exhortados, escribieron á los discípulos que le recibiesen; y venido él, aprovechó mucho por la gracia á los que habían creído:
Yo de cierto soy Judío, nacido en Tarso de Cilicia, mas criado en esta ciudad á los pies de Gamaliel, enseñado conforme á la verdad de la ley de la patria, celoso de Dios, como todos vosotros sois hoy.
Y yo dije: Señor, ellos saben que yo encerraba en cárcel, y hería por las sinagogas á los que creían en ti;
El príncipe de los sacerdotes, Ananías, mandó entonces á los que estaban delante de él, que le hiriesen en la boca.
Y Pablo dijo: No sabía, hermanos, que era el sumo sacerdote; pues escrito está: Al príncipe de tu pueblo no maldecirás.
Y venido el día, algunos de los Judíos se juntaron, é hicieron voto bajo de maldición, diciendo que ni comerían ni beberían hasta que hubiesen muerto á Pablo.
Y que aparejasen cabalgaduras en que poniendo á Pablo, le llevasen en salvo á Félix el Presidente.
El cual también tentó á violar el templo; y prendiéndole, le quisimos juzgar conforme á nuestra ley:
Si no sea que, estando entre ellos prorrumpí en alta voz: Acerca de la resurrección de los muertos soy hoy juzgado de vosotros.
Pidiendo gracia contra él, que le hiciese traer á Jerusalem, poniendo ellos asechanzas para matarle en el camino.
Solamente tenían contra él ciertas cuestiones acerca de su superstición, y de un cierto Jesús, difunto, el cual Pablo afirmaba que estaba vivo.
Entonces Festo dijo: Rey Agripa, y todos los varones que estáis aquí juntos con nosotros: veis á éste, por el cual toda la multitud de los Judíos me ha demandado en Jerusalem y aquí, dando voces que no conviene que viva más;
A la cual promesa nuestras doce tribus, sirviendo constantemente de día y de noche, esperan que han de llegar. Por la cual esperanza, oh rey Agripa, soy acusado de los Judíos.
Y Pablo dijo: ¡Pluguiese á Dios que por poco ó por mucho, no solamente tú, mas también todos los que hoy me oyen, fueseis hechos tales cual yo soy, excepto estas prisiones!
Y como se retiraron aparte, hablaban los unos á los otros, diciendo: Ninguna cosa digna ni de muerte, ni de prisión, hace este hombre.
Y soplando el austro, pareciéndoles que ya tenían lo que deseaban, alzando velas, iban cerca de la costa de Creta.
Mas no mucho después dió en ella un viento repentino, que se llama Euroclidón.
Y habiendo corrido á sotavento de una pequeña isla que se llama Clauda, apenas pudimos ganar el esquife:
Empero ellos estaban esperando cuándo se había de hinchar, ó caer muerto de repente; mas habiendo esperado mucho, y viendo que ningún mal le venía, mudados, decían que era un dios.
Y aconteció que el padre de Publio estaba en cama, enfermo de fiebres y de disentería: al cual Pablo entró, y después de haber orado, le puso las manos encima, y le sanó:
Diciéndose ser sabios, se hicieron fatuos,
A los que perseverando en bien hacer, buscan gloria y honra é inmortalidad, la vida eterna.
Porque todos los que sin ley pecaron, sin ley también perecerán; y todos los que en la ley pecaron, por la ley serán juzgados:
Porque el nombre de Dios es blasfemado por causa de vosotros entre los Gentiles, como está escrito.
Porque la circuncisión en verdad aprovecha, si guardares la ley; mas si eres rebelde á la ley, tu circuncisión es hecha incircuncisión.
Porque no es Judío el que lo es en manifiesto; ni la circuncisión es la que es en manifiesto en la carne:
En ninguna manera: de otra suerte ¿cómo juzgaría Dios el mundo?
¿Qué pues? ¿Somos mejores que ellos? En ninguna manera: porque ya hemos acusado á Judíos y á Gentiles, que todos están debajo de pecado.
Y camino de paz no conocieron:
Al cual Dios ha propuesto en propiciación por la fe en su sangre, para manifestación de su justicia, atento á haber pasado por alto, en su paciencia, los pecados pasados,
Así que, concluímos ser el hombre justificado por fe sin las obras de la ley.
Bienaventurado el varón al cual el Señor no imputó pecado.
Y no se enflaqueció en la fe, ni consideró su cuerpo ya muerto (siendo ya de casi cien años), ni la matriz muerta de Sara;
Plenamente convencido de que todo lo que había prometido, era también poderoso para hacerlo.
Por el cual también tenemos entrada por la fe á esta gracia en la cual estamosfirmes, y nos gloriamos en la esperanza de la gloria de Dios.
Y la esperanza no avergüenza; porque el amor de Dios está derramado en nuestros corazones por el Espíritu Santo que nos es dado.
Porque si siendo enemigos, fuimos reconciliados con Dios por la muerte de su Hijo, mucho más, estando reconciliados, seremos salvos por su vida.
Porque hasta la ley, el pecado estaba en el mundo; pero no se imputa pecado no habiendo ley.
Así que, de la manera que por un delito vino la culpa á todos los hombres para condenación, así por una justicia vino la gracia á todos los hombres para justificación de vida.
¿O no sabéis que todos los que somos bautizados en Cristo Jesús, somos bautizados en su muerte?
Porque el que es muerto, justificado es del pecado.
Ni tampoco presentéis vuestros miembros al pecado por instrumentos de iniquidad; antes presentaos á Dios como vivos de los muertos, y vuestros miembros á Dios por instrumentos de justicia.
Y libertados del pecado, sois hechos siervos de la justicia.
Porque mientras estábamos en la carne, los afectos de los pecados que eran por la ley, obraban en nuestros miembros fructificando para muerte.
Porque lo que hago, no lo entiendo; ni lo que quiero, hago; antes lo que aborrezco, aquello hago.
Así que, hermanos, deudores somos, no á la carne, para que vivamos conforme á la carne:
VERDAD digo en Cristo, no miento, dándome testimonio mi conciencia en el Espíritu Santo,
Porque la palabra de la promesa es esta: Como en este tiempo vendré, y tendrá Sara un hijo.
Me dirás pues: ¿Por qué, pues, se enoja? porque ¿quién resistirá á su voluntad?
Y será, que en el lugar donde les fué dicho: Vosotros no sois pueblo mío: allí serán llamados hijos del Dios viviente.
Mas ¿qué dice? Cercana está la palabra, en tu boca y en tu corazón. Esta es la palabra de fe, la cual predicamos:
Pues las ramas, dirás, fueron quebradas para que yo fuese ingerido.
Porque si tú eres cortado del natural acebuche, y contra natura fuiste ingerido en la buena oliva, ¿cuánto más éstos, que son las ramas naturales, serán ingeridos en su oliva?
De manera que, teniendo diferentes dones según la gracia que nos es dada, si el de profecía, úsese conforme á la medida de la fe;
Bendecid á los que os persiguen: bendecid, y no maldigáis.
Unánimes entre vosotros: no altivos, mas acomodándoos á los humildes. No seáis sabios en vuestra opinión.
No seas vencido de lo malo; mas vence con el bien el mal.
Porque por esto pagáis también los tributos; porque son ministros de Dios que sirven á esto mismo.
La noche ha pasado, y ha llegado el día: echemos, pues, las obras de las tinieblas, y vistámonos las armas de luz.
Porque escrito está: Vivo yo, dice el Señor, que á mí se doblará toda rodilla, y toda lengua confesará á Dios.
Cada uno de nosotros agrade á su prójimo en bien, á edificación.
Porque Cristo no se agradó á sí mismo; antes bien, como está escrito: Los vituperios de los que te vituperan, cayeron sobre mí.
Y el Dios de esperanza os llene de todo gozo y paz creyendo, para que abundéis en esperanza por la virtud del Espíritu Santo.
Porque no osaría hablar alguna cosa que Cristo no haya hecho por mí para la obediencia de los Gentiles, con la palabra y con las obras,
Por lo cual aun he sido impedido muchas veces de venir á vosotros.
Para que con gozo llegue á vosotros por la voluntad de Dios, y que sea recreado juntamente con vosotros.
Os saludan Timoteo, mi coadjutor, y Lucio y Jasón y Sosipater, mis parientes.
La gracia del Señor nuestro Jesucristo sea con todos vosotros. Amén.
Y al que puede confirmaros según mi evangelio y la predicación de Jesucristo, según la revelación del misterio encubierto desde tiempos eternos,
Gracias doy á mi Dios siempre por vosotros, por la gracia de Dios que os es dada en Cristo Jesús;
Porque no me envió Cristo á bautizar, sino á predicar el evangelio: no en sabiduría de palabras, porque no sea hecha vana la cruz de Cristo.
Empero á los llamados, así Judíos como Griegos, Cristo potencia de Dios, y sabiduría de Dios.
Empero Dios nos lo reveló á nosotros por el Espíritu: porque el Espíritu todo lo escudriña, aun lo profundo de Dios.
Porque ¿quién conoció la mente del Señor? ¿quién le instruyó? Mas nosotros tenemos la mente de Cristo.
DE manera que yo, hermanos, no pude hablaros como á espirituales, sino como á carnales, como á niños en Cristo.
Porque nosotros, coadjutores somos de Dios; y vosotros labranza de Dios sois, edificio de Dios sois.
Y si alguno edificare sobre este fundamento oro, plata, piedras preciosas, madera, heno, hojarasca;
Somos blasfemados, y rogamos: hemos venido á ser como la hez del mundo, el desecho de todos hasta ahora.
Empero iré presto á vosotros, si el Señor quisiere; y entenderé, no las palabras de los que andan hinchados, sino la virtud.
¿OSA alguno de vosotros, teniendo algo con otro, ir á juicio delante de los injustos, y no delante de los santos?
Las viandas para el vientre, y el vientre para las viandas; empero y á él y á ellas deshará Dios. Mas el cuerpo no es para la fornicación, sino para el Señor; y el Señor para el cuerpo:
¿O ignoráis que vuestro cuerpo es templo del Espíritu Santo, el cual está en vosotros, el cual tenéis de Dios, y que no sois vuestros?
Quisiera más bien que todos los hombres fuesen como yo: empero cada uno tiene su propio don de Dios; uno á la verdad así, y otro así.
Pero si el infiel se aparta, apártese: que no es el hermano ó la hermana sujeto á servidumbre en semejantecaso; antes á paz nos llamó Dios.
Porque ¿de dónde sabes, oh mujer, si quizá harás salvo á tu marido? ¿ó de dónde sabes, oh marido, si quizá harás salva á tu mujer?
Cada uno en la vocación en que fué llamado, en ella se quede.
Y POR lo que hace á lo sacrificado á los ídolos, sabemos que todos tenemos ciencia. La ciencia hincha, mas la caridad edifica.
Mas si alguno ama á Dios, el tal es conocido de él.
Qué, ¿no tenemos potestad de comer y de beber?
Así también ordenó el Señor á los que anuncian el evangelio, que vivan del evangelio.
Ni forniquemos, como algunos de ellos fornicaron, y cayeron en un día veinte y tres mil.
Ni murmuréis, como algunos de ellos murmuraron, y perecieron por el destructor.
Y estas cosas les acontecieron en figura; y son escritas para nuestra admonición, en quienes los fines de los siglos han parado.
No os ha tomado tentación, sino humana: mas fiel es Dios, que no os dejará ser tentados más de lo que podéis llevar; antes dará también juntamente con la tentación la salida, para que podáis aguantar.
Porque tampoco el varón fué criado por causa de la mujer, sino la mujer por causa del varón.
Porque cada uno toma antes para comer su propia cena; y el uno tiene hambre, y el otro está embriagado.
Si alguno tuviere hambre, coma en su casa, porque no os juntéis para juicio. Las demás cosas ordenaré cuando llegare.
Sabéis que cuando erais Gentiles, ibais, como erais llevados, á los ídolos mudos.
Empero hay repartimiento de dones; mas el mismo Espíritues.
Y hay repartimiento de operaciones; mas el mismo Dios es el que obra todas las cosas en todos.
Porque por un Espíritu somos todos bautizados en un cuerpo, ora Judíos ó Griegos, ora siervos ó libres; y todos hemos bebido de un mismo Espíritu.
Pues ni tampoco el cuerpo es un miembro, sino muchos.
Mas ahora Dios ha colocado los miembros cada uno de ellos en el cuerpo, como quiso.
Y á aquellos del cuerpo que estimamos ser más viles, á éstos vestimos más honrosamente; y los que en nosotros son menos honestos, tienen más compostura.
Y si tuviese profecía, y entendiese todos los misterios y toda ciencia; y si tuviese toda la fe, de tal manera que traspasase los montes, y no tengo caridad, nada soy.
Y si repartiese toda mi hacienda para dar de comer á pobres, y si entregase mi cuerpo para ser quemado, y no tengo caridad, de nada me sirve.
Mas cuando venga lo que es perfecto, entonces lo que es en parte será quitado.
Mas el que profetiza, habla á los hombresparaedificación, y exhortación, y consolación.
Así que, hermanos, procurad profetizar; y no impidáis el hablar lenguas.
Empero hágase todo decentemente y con orden.
ADEMÁS os declaro, hermanos, el evangelio que os he predicado, el cual también recibisteis, en el cual también perseveráis;
Y si Cristo no resucitó, vuestra fe es vana; aun estáis en vuestros pecados.
¿Y por qué nosotros peligramos á toda hora?
Si como hombre batallé en Efeso contra las bestias, ¿qué me aprovecha? Si los muertos no resucitan, comamos y bebamos, que mañana moriremos.
Se siembra cuerpo animal, resucitará espiritual cuerpo. Hay cuerpo animal, y hay cuerpo espiritual.
Así también está escrito: Fué hecho el primer hombre Adam en ánima viviente; el postrer Adam en espíritu vivificante.
Cual el terreno, tales también los terrenos; y cual el celestial, tales también los celestiales.
Cada primer día de la semana cada uno de vosotros aparte en su casa, guardando lo que por la bondad de Dios pudiere; para que cuando yo llegare, no se hagan entonces colectas.
Todas vuestras cosas sean hechas con caridad.
Y os ruego, hermanos, (ya sabéis que la casa de Estéfanas es las primicias de Acaya, y que se han dedicado al ministerio de los santos,)
Huélgome de la venida de Estéfanas y de Fortunato y de Achâico: porque éstos suplieron lo que á vosotros faltaba.
El que no amare al Señor Jesucristo, sea anatema. Maranatha.
Y nuestra esperanza de vosotros es firme; estando ciertos que como sois compañeros de las aflicciones, así también lo sois de la consolación.
Mas nosotros tuvimos en nosotros mismos respuesta de muerte, para que no confiemos en nosotros mismos, sino en Dios que levanta los muertos:
Ayudándonos también vosotros con oración por nosotros, para que por la merced hecha á nos por respeto de muchos, por muchos sean hechas gracias por nosotros.
Porque no os escribimos otras cosas de las que leéis, ó también conocéis: y espero que aun hasta el fin las conoceréis:
A éstos ciertamente olor de muerte para muerte; y á aquéllos olor de vida para vida. Y para estas cosas ¿quién es suficiente?
Siendo manifiesto que sois letra de Cristo administrada de nosotros, escrita no con tinta, mas con el Espíritu del Dios vivo; no en tablas de piedra, sino en tablas de carne del corazón.
El cual asimismo nos hizo ministros suficientes de un nuevo pacto: no de la letra, mas del espíritu; porque la letra mata, mas el espíritu vivifica.
Porque si el ministerio de condenación fué con gloria, mucho más abundará en gloria el ministerio de justicia.
Estando atribulados en todo, mas no angustiados; en apuros, mas no desesperamos;
Perseguidos, mas no desamparados; abatidos, mas no perecemos;
De manera que la muerte obra en nosotros, y en vosotros la vida.
Por tanto, no desmayamos: antes aunque este nuestro hombre exterior se va desgastando, el interior empero se renueva de día en día.
En azotes, en cárceles, en alborotos, en trabajos, en vigilias, en ayunos;
Como ignorados, mas conocidos; como muriendo, mas he aquí vivimos; como castigados, mas no muertos;
Porque aunque os contristé por la carta, no me arrepiento, bien que me arrepentí; porque veo que aquella carta, aunque por algún tiempo os contristó,
Pidiéndonos con muchos ruegos, que aceptásemos la gracia y la comunicación del servicio para los santos.
Porque si primero hay la voluntad pronta, será acepta por lo que tiene, no por lo que no tiene.
Asimismo por la oración de ellos á favor vuestro, los cuales os quieren á causa de la eminente gracia de Dios en vosotros.
Porque á la verdad, dicen, las cartas son graves y fuertes; mas la presencia corporal flaca, y la palabra menospreciable.
Y que anunciaremos el evangelio en los lugares más allá de vosotros, sin entrar en la medida de otro para gloriarnos en lo que ya estaba aparejado.
Porque no el que se alaba á sí mismo, el tal es aprobado; mas aquel á quien Dios alaba.
Lo que hablo, no lo hablo según el Señor, sino como en locura, con esta confianza de gloria.
En trabajo y fatiga, en muchas vigilias, en hambre y sed, en muchos ayunos, en frío y en desnudez;
¿Acaso os he engañado por alguno de los que he enviado á vosotros?
No que hay otro, sino que hay algunos que os inquietan, y quieren pervertir el evangelio de Cristo.
(Porque el que hizo por Pedro para el apostolado de la circuncisión, hizo también por mí para con los Gentiles;)
Nosotros Judíos naturales, y no pecadores de los Gentiles,
Y el mediador no es de uno, pero Dios es uno.
Bueno es ser celosos en bien siempre; y no solamente cuando estoy presente con vosotros.
Mas la Jerusalem de arriba libre es; la cual es la madre de todos nosotros.
He aquí yo Pablo os digo, que si os circuncidareis, Cristo no os aprovechará nada.
Un poco de levadura leuda toda la masa.
Porque el que estima de sí que es algo, no siendo nada, á sí mismo se engaña.
Porque cada cual llevará su carga.
PABLO, apóstol de Jesucristo por la voluntad de Dios, á los santos y fieles en Cristo Jesús que están en Efeso:
Bendito el Dios y Padre del Señor nuestro Jesucristo, el cual nos bendijo con toda bendición espiritual enlugarescelestiales en Cristo:
En él digo, en quien asimismo tuvimos suerte, habiendo sido predestinados conforme al propósito del que hace todas las cosas según el consejo de su voluntad,
No ceso de dar gracias por vosotros, haciendo memoria de vosotros en mis oraciones;
Dirimiendo en su carne las enemistades, la ley de los mandamientos en orden á ritos, para edificar en sí mismo los dos en un nuevo hombre, haciendo la paz,
Para que la multiforme sabiduría de Dios sea ahora notificada por la iglesia á los principados y potestades en los cielos,
Por esta causa doblo mis rodillas al Padre de nuestro Señor Jesucristo,
Un Señor, una fe, un bautismo,
Que ya no seamos niños fluctuantes, y llevados por doquiera de todo viento de doctrina, por estratagema de hombres que, para engañar, emplean con astucia los artificios del error:
Y vestir el nuevo hombre que es criado conforme á Dios en justicia y en santidad de verdad.
Aprobando lo que es agradable al Señor.
Mirad, pues, cómo andéis avisadamente; no como necios, mas como sabios;
Por tanto, no seáis imprudentes, sino entendidos de cuál sea la voluntad del Señor.
Sujetados los unos á los otros en el temor de Dios.
Así también los maridos deben amar á sus mujeres como á sus mismos cuerpos. El que ama á su mujer, á sí mismo se ama.
Cada uno empero de vosotros de por sí, ame también á su mujer como á sí mismo; y la mujer reverencie á su marido.
Y vosotros, padres, no provoquéis á ira á vuestros hijos; sino criadlos en disciplina y amonestación del Señor.
Sirviendo con buena voluntad, como al Señor, y no á los hombres;
POR tanto, si hay alguna consolación en Cristo; si algún refrigerio de amor; si alguna comunión del Espíritu; si algunas entrañas y misericordias,
Porque Dios es el que en vosotros obra así el querer como el hacer, por su buena voluntad.
Y confío en el Señor que yo también iré presto á vosotros.
Recibidle pues en el Señor con todo gozo; y tened en estima á los tales:
Cuanto al celo, perseguidor de la iglesia; cuanto á la justicia que es en la ley, irreprensible.
Hermanos, yo mismo no hago cuenta de haberlo ya alcanzado; pero una cosa hago: olvidando ciertamente lo que queda atrás, y extendiéndome á lo que está delante,
Cuyo fin será perdición, cuyo dios es el vientre, y su gloria es en confusión; que sienten lo terreno.
Mas nuestra vivienda es en los cielos; de donde también esperamos al Salvador, al Señor Jesucristo;
A Euodias ruego, y á Syntychê exhorto, que sientan lo mismo en el Señor.
PABLO, apóstol de Jesucristo por la voluntad de Dios, y el hermano Timoteo,
Arraigados y sobreedificados en él, y confirmados en la fe, así como habéis aprendido, creciendo en ella con hacimiento de gracias.
Por tanto, nadie os juzgue en comida, ó en bebida, ó en parte de día de fiesta, ó de nueva luna, ó de sábados:
Cuando Cristo, vuestra vida, se manifestare, entonces vosotros también seréis manifestados con él en gloria.
Donde no hay Griego ni Judío, circuncisión ni incircuncisión, bárbaro ni Scytha, siervo ni libre; mas Cristo es el todo, y en todos.
La palabra de Cristo habite en vosotros en abundancia en toda sabiduría, enseñándoos y exhortándoos los unos á los otros con salmos é himnos y canciones espirituales, con gracia cantando en vuestros corazones al Señor.
Hijos, obedeced á vuestros padres en todo; porque esto agrada al Señor.
Mas el que hace injuria, recibirá la injuria que hiciere; que no hay acepción de personas.
Todos mis negocios os hará saber Tichîco, hermano amado y fiel ministro y consiervo en el Señor:
El cual os he enviado á esto mismo, para que entienda vuestros negocios, y consuele vuestros corazones;
Aristarchô, mi compañero en la prisión, os saluda, y Marcos, el sobrino de Bernabé (acerca del cual habéis recibido mandamientos; si fuere á vosotros, recibidle),
Os saluda Lucas, el médico amado, y Demas.
Porque ellos cuentan de nosotros cuál entrada tuvimos á vosotros; y cómo os convertisteis de los ídolos á Dios, para servir al Dios vivo y verdadero,
Pues aun habiendo padecido antes, y sido afrentados en Filipos, como sabéis, tuvimos denuedo en Dios nuestro para anunciaros el evangelio de Dios con gran combate.
Para que nadie se conmueva por estas tribulaciones; porque vosotros sabéis que nosotros somos puestos para esto.
Tampoco, hermanos, queremos que ignoréis acerca de los que duermen, que no os entristezcáis como los otros que no tienen esperanza.
Que cuando dirán, Paz y seguridad, entonces vendrá sobre ellos destrucción de repente, como los dolores á la mujer preñada; y no escaparán.
Por tanto, no durmamos como los demás; antes velemos y seamos sobrios.
Y os rogamos, hermanos, que reconozcáis á los que trabajan entre vosotros, y os presiden en el Señor, y os amonestan:
Mirad que ninguno dé á otro mal por mal; antes seguid lo bueno siempre los unos para con los otros, y para con todos.
No menospreciéis las profecías.
Apartaos de toda especie de mal.
Hermanos, orad por nosotros.
Debemos siempre dar gracias á Dios de vosotros, hermanos, como es digno, por cuanto vuestra fe va creciendo, y la caridad de cada uno de todos vosotros abunda entre vosotros;
Y ahora vosotros sabéis lo que impide, para que á su tiempo se manifieste.
Y entonces será manifestado aquel inicuo, al cual el Señor matará con el espíritu de su boca, y destruirá con el resplandor de su venida;
Y con todo engaño de iniquidad en los que perecen; por cuanto no recibieron el amor de la verdad para ser salvos.
Mas nosotros debemos dar siempre gracias á Dios por vosotros, hermanos amados del Señor, de que Dios os haya escogido desde el principio para salud, por la santificación del Espíritu y fe de la verdad:
Como te rogué que te quedases en Efeso, cuando partí para Macedonia, para que requirieses á algunos que no enseñen diversa doctrina,
Ni presten atención á fábulas y genealogías sin término, que antes engendran cuestiones que la edificación de Dios que es por fe; así te encargo ahora.
Pues el fin del mandamiento es la caridadnacidade corazón limpio, y de buena conciencia, y de fe no fingida:
Habiendo sido antes blasfemo y perseguidor é injuriador: mas fuí recibido á misericordia, porque lo hice con ignorancia en incredulidad.
Que tengan el misterio de la fe con limpia conciencia.
Los diáconos sean maridos de una mujer, que gobiernen bien sus hijos y sus casas.
Ten cuidado de ti mismo y de la doctrina; persiste en ello; pues haciendo esto, á ti mismo salvarás y á los que te oyeren.
Porque ya algunas han vuelto atrás en pos de Satanás.
Asimismo las buenas obras antes son manifiestas; y las que son de otra manera, no pueden esconderse.
TODOS los que están debajo del yugo de servidumbre, tengan á sus señores por dignos de toda honra, porque no sea blasfemado el nombre del Señor y la doctrina.
Es hinchado, nada sabe, y enloquece acerca de cuestiones y contiendas de palabras, de las cuales nacen envidias, pleitos, maledicencias, malas sospechas,
Porque el amor del dinero es la raíz de todos los males: el cual codiciando algunos, se descaminaron de la fe, y fueron traspasados de muchos dolores.
Por lo cual te aconsejo que despiertes el don de Dios, que está en ti por la imposición de mis manos.
Dé el Señor misericordia á la casa de Onesíforo; que muchas veces me refrigeró, y no se avergonzó de mi cadena:
Procura con diligencia presentarte á Dios aprobado, como obrero que no tiene de qué avergonzarse, que traza bien la palabra de verdad.
Pero el fundamento de Dios está firme, teniendo este sello: Conoce el Señor á los que son suyos; y: Apártese de iniquidad todo aquel que invoca el nombre de Cristo.
Empero las cuestiones necias y sin sabiduría desecha, sabiendo que engendran contiendas.
Que con mansedumbre corrija á los que se oponen: si quizá Dios les dé que se arrepientan para conocer la verdad,
ESTO también sepas, que en los postreros días vendrán tiempos peligrosos:
Y de la manera que Jannes y Jambres resistieron á Moisés, así también éstos resisten á la verdad; hombres corruptos de entendimiento, réprobos acerca de la fe.
Y que desde la niñez has sabido las Sagradas Escrituras, las cuales te pueden hacer sabio para la salud por la fe que es en Cristo Jesús.
Exhorta á los siervos á que sean sujetos á sus señores, que agraden en todo, no respondones;
No defraudando, antes mostrando toda buena lealtad, para que adornen en todo la doctrina de nuestro Salvador Dios.
Porque la gracia de Dios que trae salvación á todos los hombres, se manifestó,
Hecho tanto más excelente que los ángeles, cuanto alcanzó por herencia más excelente nombre que ellos.
Diciendo: Anunciaré á mis hermanos tu nombre, en medio de la congregación te alabaré.
POR tanto, hermanos santos, participantes de la vocación celestial, considerad al Apóstol y Pontífice de nuestra profesión, Cristo Jesús;
Porque de tanto mayor gloria que Moisés éste es estimado digno, cuanto tiene mayor dignidad que la casa el que la fabricó.
Y Moisés á la verdad fué fiel sobre toda su casa, como siervo, para testificar lo que se había de decir;
Porque la palabra de Dios es viva y eficaz, y más penetrante que toda espada de dos filos: y que alcanza hasta partir el alma, y aun el espíritu, y las coyunturas y tuétanos, y discierne los pensamientos y las intenciones del corazón.
De la doctrina de bautismos, y de la imposición de manos, y de la resurrección de los muertos, y del juicio eterno.
Mas la que produce espinas y abrojos, es reprobada, y cercana de maldición; cuyo fin será el ser abrasada.
Porque los hombres ciertamente por el mayor que ellos juran: y el fin de todas sus controversias es el juramento para confirmación.
PORQUE este Melchîsedec, rey de Salem, sacerdote del Dios Altísimo, el cual salió á recibir á Abraham que volvía de la derrota de los reyes, y le bendijo,
Pues mudado el sacerdocio, necesario es que se haga también mudanza de la ley.
El mandamiento precedente, cierto se abroga por su flaqueza é inutilidad;
Porque tal pontífice nos convenía: santo, inocente, limpio, apartado de los pecadores, y hecho más sublime que los cielos;
Porque si aquel primero fuera sin falta, cierto no se hubiera procurado lugar de segundo.
Y además de esto roció también con la sangre el tabernáculo y todos los vasos del ministerio.
De otra manera cesarían de ofrecerse; porque los que tributan este culto, limpios de una vez, no tendrían más conciencia de pecado.
Esperando lo que resta, hasta que sus enemigos sean puestos por estrado de sus pies.
Por una parte, ciertamente, con vituperios y tribulaciones fuisteis hechos espectáculo; y por otra parte hechos compañeros de los que estaban en tal estado.
No perdáis pues vuestra confianza, que tiene grande remuneración de galardón:
Por la fe entendemos haber sido compuestos los siglos por la palabra de Dios, siendo hecho lo que se ve, de lo que no se veía.
Por fe ofreció Abraham á Isaac cuando fué probado, y ofrecía al unigénito el que había recibido las promesas,
Habiéndole sido dicho: En Isaac te será llamada simiente:
Por fe pasaron el mar Bermejo como por tierra seca: lo cual probando los Egipcios, fueron sumergidos.
Otros experimentaron vituperios y azotes; y á más de esto prisiones y cárceles;
Que aun no habéis resistido hasta la sangre, combatiendo contra el pecado:
Seguid la paz con todos, y la santidad, sin la cual nadie verá al Señor:
Mas os habéis llegado al monte de Sión, y á la ciudad del Dios vivo, Jerusalem la celestial, y á la compañía de muchos millares de ángeles,
Y á la congregación de los primogénitos que están alistados en los cielos, y á Dios el Juez de todos, y á los espíritus de los justos hechos perfectos,
No olvidéis la hospitalidad, porque por ésta algunos, sin saberlo, hospedaron ángeles.
Orad por nosotros: porque confiamos que tenemos buena conciencia, deseando conversar bien en todo.
Empero os ruego, hermanos, que soportéis la palabra de exhortación; porque os he escrito en breve.
Porque la ira del hombre no obra la justicia de Dios.
Por lo cual, dejando toda inmundicia y superfluidad de malicia, recibid con mansedumbre la palabra ingerida, la cual puede hacer salvas vuestras almas.
Hermanos míos amados, oid: ¿No ha elegido Dios los pobres de este mundo, ricos en fe, y herederos del reino que ha prometido á los que le aman?
Porque cualquiera que hubiere guardado toda la ley, y ofendiere en un punto, es hecho culpado de todos.
¿Mas quieres saber, hombre vano, que la fe sin obras es muerta?
¿No ves que la fe obró con sus obras, y que la fe fué perfecta por las obras?
Y no sabéis lo que será mañana. Porque ¿qué es vuestra vida? Ciertamente es un vapor que se aparece por un poco de tiempo, y luego se desvanece.
En lugar de lo cual deberíais decir: Si el Señor quisiere, y si viviéremos, haremos esto ó aquello.
Hermanos míos, tomad por ejemplo de aflicción y de paciencia, á los profetas que hablaron en nombre del Señor.
Sino con la sangre preciosa de Cristo, como de un cordero sin mancha y sin contaminación:
Ya ordenado de antes de la fundación del mundo, pero manifestado en los postrimeros tiempos por amor de vosotros,
Porque Toda carne es como la hierba, y toda la gloria del hombre como la flor de la hierba: secóse la hierba, y la flor se cayó;
Mas la palabra del Señor permanece perpetuamente. Y esta es la palabra que por el evangelio os ha sido anunciada.
Y Piedra de tropiezo, y roca de escándalo á aquellos que tropiezan en la palabra, siendo desobedientes; para lo cual fueron también ordenados.
Honrad á todos. Amad la fraternidad. Temed á Dios. Honrad al rey.
Porque esto es agradable, si alguno á causa de la conciencia delante de Dios, sufre molestias padeciendo injustamente.
Porque para esto sois llamados; pues que también Cristo padeció por nosotros, dejándonos ejemplo, para que vosotros sigáis sus pisadas:
El cual no hizo pecado; ni fué hallado engaño en su boca:
ASIMISMO vosotras, mujeres, sed sujetas á vuestros maridos; para que también los que no creen á la palabra, sean ganados sin palabra por la conversación de sus mujeres,
Sino el hombre del corazón que está encubierto, en incorruptible ornato de espíritu agradable y pacífico, lo cual es de grande estima delante de Dios.
Sino santificad al Señor Dios en vuestros corazones, y estad siempre aparejados para responder con mansedumbre y reverencia á cada uno que os demande razón de la esperanza que hay en vosotros:
Los cuales en otro tiempo fueron desobedientes, cuando una vez esperaba la paciencia de Dios en los días de Noé, cuando se aparejaba el arca; en la cual pocas, es á saber, ocho personas fueron salvas por agua.
Hospedaos los unos á los otros sin murmuraciones.
Porque es tiempo de que el juicio comience de la casa de Dios: y si primero comienza por nosotros, ¿qué será el fin de aquellos que no obedecen al evangelio de Dios?
Echando toda vuestra solicitud en él, porque él tiene cuidado de vosotros.
Saludaos unos á otros con ósculo de caridad. Paz sea con todos vosotros los que estáis en Jesucristo. Amén.
Porque tengo por justo, en tanto que estoy en este tabernáculo, de incitaros con amonestación:
Ysicondenó por destrucción las ciudades de Sodoma y de Gomorra, tornándolas en ceniza, y poniéndolas por ejemplo á los que habían de vivir sin temor y reverencia de Dios;
Estos son fuentes sin agua, y nubes traídas de torbellino de viento: para los cuales está guardada la oscuridad de las tinieblas para siempre.
Cierto ellos ignoran voluntariamente, que los cielos fueron en el tiempo antiguo, y la tierra que por agua y en agua está asentada, por la palabra de Dios;
Casi en todas sus epístolas, hablando en ellas de estas cosas; entre las cuales hay algunas difíciles de entender, las cuales los indoctos é inconstantes tuercen, como también las otras Escrituras, para perdición de sí mismos.
Si dijéremos que no tenemos pecado, nos engañamos á nosotros mismos, y no hay verdad en nosotros.
Mas vosotros tenéis la unción del Santo, y conocéis todas las cosas.
Pues lo que habéis oído desde el principio, sea permaneciente en vosotros. Si lo que habéis oído desde el principio fuere permaneciente en vosotros, también vosotros permaneceréis en el Hijo y en el Padre.
Muy amados, ahora somos hijos de Dios, y aun no se ha manifestado lo que hemos de ser; pero sabemos que cuando él apareciere, seremos semejantes á él, porque le veremos como él es.
Y sabéis que él apareció para quitar nuestros pecados, y no hay pecado en él.
Cualquiera que permanece en él, no peca; cualquiera que peca, no le ha visto, ni le ha conocido.
Hijitos míos, no amemos de palabra ni de lengua, sino de obra y en verdad.
Porque si nuestro corazón nos reprendiere, mayor es Dios que nuestro corazón, y conoce todas las cosas.
El que no ama, no conoce á Dios; porque Dios es amor.
Cualquiera que confesare que Jesús es el Hijo de Dios, Dios está en él, y él en Dios.
En amor no hay temor; mas el perfecto amor echa fuera el temor: porque el temor tiene pena. De donde el que teme, no está perfecto en el amor.
Porque este es el amor de Dios, que guardemos sus mandamientos; y sus mandamientos no son penosos.
Porque tres son los que dan testimonio en el cielo, el Padre, el Verbo, y el Espíritu Santo: y estos tres son uno.
Estas cosas he escrito á vosotros que creéis en el nombre del Hijo de Dios, para que sepáis que tenéis vida eterna, y para que creáis en el nombre del Hijo de Dios.
Sabemos que cualquiera que es nacido de Dios, no peca; mas el que es engendrado de Dios, se guarda á sí mismo, y el maligno no le toca.
Porque ellos partieron por amor de su nombre, no tomando nada de los Gentiles.
Fieras ondas de la mar, que espuman sus mismas abominaciones; estrellas erráticas, á las cuales es reservada eternalmente la oscuridad de las tinieblas.
Conservaos en el amor de Dios, esperando la misericordia de nuestro Señor Jesucristo, para vida eterna.
Y recibid á los unos en piedad, discerniendo:
Al Dios solo sabio, nuestro Salvador, sea gloria y magnificencia, imperio y potencia, ahora y en todos los siglos. Amén.
Pero tengo unas pocas cosas contra ti: porque tú tienes ahí los que tienen la doctrina de Balaam, el cual enseñaba á Balac á poner escándalo delante de los hijos de Israel, á comer de cosas sacrificadas á los ídolos, y á cometer fornicación.
El que tiene oído, oiga lo que el Espíritu dice á las iglesias.
El que tiene oído, oiga lo que el Espíritu dice á las iglesias.
Y el primer animalerasemejante á un león; y el segundo animal, semejante á un becerro; y el tercer animal tenía la cara como de hombre; y el cuarto animal, semejante á un águila volando.
Y los cuatro animales decían: Amén. Y los veinticuatro ancianos cayeron sobre sus rostros, y adoraron al que vive para siempre jamás.
Y miré, y he aquí un caballo blanco: y el que estaba sentado encima de él, tenía un arco; y le fué dada una corona, y salió victorioso, para que también venciese.
Después de estas cosas miré, y he aquí una gran compañía, la cual ninguno podía contar, de todas gentes y linajes y pueblos y lenguas, que estaban delante del trono y en la presencia del Cordero, vestidos de ropas blancas, y palmas en sus manos;
Y clamaban en alta voz, diciendo: Salvación á nuestro Dios que está sentado sobre el trono, y al Cordero.
Por esto están delante del trono de Dios, y le sirven día y noche en su templo: y el que está sentado en el trono tenderá su pabellón sobre ellos.
Porque el Cordero que está en medio del trono los pastoreará, y los guiará á fuentes vivas de aguas: y Dios limpiará toda lágrima de los ojos de ellos.
Y murió la tercera parte de las criaturas que estaban en la mar, las cuales tenían vida; y la tercera parte de los navíos pereció.
Y del humo salieron langostas sobre la tierra; y fuéles dada potestad, como tienen potestad los escorpiones de la tierra.
Y les fué mandado que no hiciesen daño á la hierba de la tierra, ni á ninguna cosa verde, ni á ningún árbol, sino solamente á los hombres que no tienen la señal de Dios en sus frentes.
Y los otros hombres que no fueron muertos con estas plagas, aun no se arrepintieron de las obras de sus manos, para que no adorasen á los demonios, y á las imágenes de oro, y de plata, y de metal, y de piedra, y de madera; las cuales no pueden ver, ni oir, ni andar:
Y la voz que oí del cielo hablaba otra vez conmigo, y decía: Ve, y toma el librito abierto de la mano del ángel que está sobre el mar y sobre la tierra.
Y los de los linajes, y de los pueblos, y de las lenguas, y de los Gentiles verán los cuerpos de ellos por tres días y medio, y no permitirán que sus cuerpos sean puestos en sepulcros.
Y su cola arrastraba la tercera parte de las estrellas del cielo, y las echó en tierra. Y el dragón se paró delante de la mujer que estaba para parir, á fin de devorar á su hijo cuando hubiese parido.
Y ella parió un hijo varón, el cual había de regir todas las gentes con vara de hierro: y su hijo fué arrebatado para Dios y á su trono.
Y la tierra ayudó á la mujer, y la tierra abrió su boca, y sorbió el río que había echado el dragón de su boca.
Y hacía que á todos, á los pequeños y grandes, ricos y pobres, libres y siervos, se pusiese una marca en su mano derecha, ó en sus frentes:
Y vi otro ángel volar por en medio del cielo, que tenía el evangelio eterno para predicarlo á los que moran en la tierra, y á toda nación y tribu y lengua y pueblo,
Y salió otro ángel del templo que está en el cielo, teniendo también una hoz aguda.
Y el cuarto ángel derramó su copa sobre el sol; y le fué dado quemar á los hombres con fuego.
Y los congregó en el lugar que en hebreo se llama Armagedón.
Y la ciudad grande fué partida en tres partes, y las ciudades de las naciones cayeron; y la grande Babilonia vino en memoria delante de Dios, para darle el cáliz del vino del furor de su ira.
Estos tienen un consejo, y darán su potencia y autoridad á la bestia.
Estando lejos por el temor de su tormento, diciendo: ¡Ay, ay, de aquella gran ciudad de Babilonia, aquella fuerte ciudad; porque en una hora vino tu juicio!
Y los mercaderes de la tierra lloran y se lamentan sobre ella, porque ninguno compra más sus mercaderías:
Y canela, y olores, y ungüentos, y de incienso, y de vino, y de aceite; y flor de harina y trigo, y de bestias, y de ovejas; y de caballos, y de carros, y de siervos, y de almas de hombres.
Y voz de tañedores de arpas, y de músicos, y de tañedores de flautas y de trompetas, no será más oída en ti; y todo artífice de cualquier oficio, no será más hallado en ti; y el sonido de muela no será más en ti oído:
Y otra vez dijeron: Aleluya. Y su humo subió para siempre jamás.
Y oí como la voz de una grande compañía, y como el ruido de muchas aguas, y como la voz de grandes truenos, que decía: Aleluya: porque reinó el Señor nuestro Dios Todopoderoso.
Y los ejércitos que están en el cielo le seguían en caballos blancos, vestidos de lino finísimo, blanco y limpio.
Y VI un ángel descender del cielo, que tenía la llave del abismo, y una grande cadena en su mano.
Y vi un gran trono blanco y al que estaba sentado sobre él, de delante del cual huyó la tierra y el cielo; y no fué hallado el lugar de ellos.
Y el mar dió los muertos que estaban en él; y la muerte y el infierno dieron los muertos que estaban en ellos; y fué hecho juicio de cada uno según sus obras.
Y tenía un muro grande y alto con doce puertas; y en las puertas, doce ángeles, y nombres escritos, que son los de las doce tribus de los hijos de Israel.
Y he aquí, yo vengo presto, y mi galardón conmigo, para recompensar á cada uno según fuere su obra.
Yo Jesús he enviado mi ángel para daros testimonio de estas cosas en las iglesias. Yo soy la raíz y el linaje de David, la estrella resplandeciente, y de la mañana.
Y el Espíritu y la Esposa dicen: Ven. Y el que oye, diga: Ven. Y el que tiene sed, venga: y el que quiere, tome del agua de la vida de balde.
