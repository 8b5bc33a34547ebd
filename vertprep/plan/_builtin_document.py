"""resources/plans/vertebroplasty.toml as tomllib reads it.

Written by resources/build.py from the plan file: do not edit.
"""

DOCUMENT = {'format': 1,
 'fallback_language': 'en',
 'procedure': {'name': {'en': 'Vertebroplasty',
                        'zh_TW': '椎體成形術',
                        'es': 'Vertebroplastia',
                        'fr': 'Vertébroplastie',
                        'de': 'Vertebroplastie',
                        'ar': 'رأب الفقرات'}},
 'contacts': {'team_phone': '',
              'emergency_number': '',
              'hospital': '',
              'department': '',
              'address': '',
              'hours': ''},
 'instructions': {},
 'reminders': {'hours_before_arrival': 2, 'evening_before': '18:00'},
 'sources': {'cirse_leaflet': 'CIRSE patient information: Vertebroplasty for osteoporotic '
                              'vertebral compression fractures, cirse.org/patients '
                              '(shared/seeds/003_f298631800a8d9f1.txt)',
             'qa_preventive': "A patient's question on preventive vertebroplasty, with an "
                              "orthopaedic surgeon's answer "
                              '(shared/seeds/000_1a9b66e613f48af4.txt)',
             'prep_images': 'Bring earlier images; CT or a bone scan when MRI is impossible, e.g. '
                            'with a pacemaker (massgeneral.org; iowaradiology.com), in '
                            'shared/CARE_FACTS.md',
             'prep_blood_tests': 'Blood count and clotting tests; a clotting disorder or an '
                                 'infection can postpone the procedure (hopital-foch.com; '
                                 'radiologykey.com), in shared/CARE_FACTS.md',
             'prep_fasting': 'Fasting rules differ from clinic to clinic (midwestradiology.com; '
                             'centracare.com; hug.ch), in shared/CARE_FACTS.md',
             'prep_medicines': 'Diabetes medicines and insulin need instructions; blood thinners: '
                               'ask the doctor, never stop on your own (cheyenneregional.org; '
                               'mskcc.org), in shared/CARE_FACTS.md',
             'prep_allergies': 'Allergies to contrast dye, local anaesthetics, antibiotics, bone '
                               'cement or latex; possible pregnancy (hug.ch; radiologykey.com), in '
                               'shared/CARE_FACTS.md',
             'day_report_and_duration': 'Report pain, numbness or tingling during the procedure '
                                        '(memorialmedical.com); about an hour per vertebra '
                                        '(northshore.org), in shared/CARE_FACTS.md',
             'day_stay': 'Bed rest of a few hours; most go home the same day, some clinics keep '
                         'patients overnight (northshore.org; neuroradio-dijon.fr), in '
                         'shared/CARE_FACTS.md',
             'ride_home': 'An adult takes the patient home and stays with them; no driving for a '
                          'day or two, never on opioid pain medicines (Krames patient sheet; '
                          'rayusradiology.com), in shared/CARE_FACTS.md',
             'warning_signs': 'When to call emergency services and when to call the care team '
                              '(baycare.org; drugs.com), in shared/CARE_FACTS.md',
             'bone_follow_up': 'Most new fractures after vertebroplasty occur in the first year '
                               '(dirjournal.org); osteoporosis medicine, calcium, vitamin D, '
                               'exercise, fall prevention, in shared/CARE_FACTS.md'},
 'steps': [{'id': 'consult_radiologist',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'cirse_leaflet',
            'title': {'en': 'See the interventional radiologist',
                      'zh_TW': '看介入性放射科醫師',
                      'es': 'Consultar al radiólogo intervencionista',
                      'fr': 'Consulter le radiologue interventionnel',
                      'de': 'Termin bei der Ärztin oder dem Arzt für interventionelle Radiologie',
                      'ar': 'راجِع طبيب الأشعة التداخلية'},
            'explanation': {'en': 'The doctor who will treat you examines your back to find which '
                                  'broken vertebrae cause the pain, and plans the procedure with '
                                  'you. Bring your earlier scans and X-ray reports.',
                            'zh_TW': '將為您治療的醫師會檢查您的背部，找出是哪幾節骨折的脊椎骨造成疼痛，並和您一起規劃手術。請帶著您以前的影像檢查資料和 X '
                                     '光報告。',
                            'es': 'El médico que le va a tratar examina su espalda para saber qué '
                                  'vértebras rotas causan el dolor, y prepara el procedimiento con '
                                  'usted. Lleve sus pruebas de imagen anteriores y los informes de '
                                  'sus radiografías.',
                            'fr': 'Le médecin qui va vous traiter examine votre dos pour trouver '
                                  'quelles vertèbres cassées causent la douleur, et prépare '
                                  'l’intervention avec vous. Apportez vos examens d’imagerie '
                                  'précédents et vos comptes rendus de radiographie.',
                            'de': 'Die behandelnde Ärztin oder der behandelnde Arzt untersucht '
                                  'Ihren Rücken, um herauszufinden, welche gebrochenen Wirbel die '
                                  'Schmerzen verursachen, und plant den Eingriff mit Ihnen. '
                                  'Bringen Sie Ihre früheren Aufnahmen und Röntgenbefunde mit.',
                            'ar': 'يفحص الطبيب الذي سيعالجك ظهرك ليعرف أي الفقرات المكسورة تسبب '
                                  'الألم، ويخطط للإجراء معك. أحضر صور الأشعة السابقة وتقارير '
                                  'الأشعة السينية.'}},
           {'id': 'medicines_review',
            'phase': 'before',
            'when': 'consultation',
            'asks_for_instructions': True,
            'source': 'prep_medicines',
            'title': {'en': 'Go through your medicines with your care team',
                      'zh_TW': '和醫療團隊一起檢視您的藥物',
                      'es': 'Revisar sus medicamentos con su equipo médico',
                      'fr': 'Passer en revue vos médicaments avec votre équipe soignante',
                      'de': 'Ihre Medikamente mit Ihrem Behandlungsteam durchgehen',
                      'ar': 'راجِع أدويتك مع فريقك الطبي'},
            'explanation': {'en': 'Make a list of all the medicines you take. Blood thinners (such '
                                  'as warfarin, apixaban, rivaroxaban, clopidogrel or aspirin), '
                                  'diabetes medicines and insulin need instructions from your care '
                                  'team. Never stop a medicine on your own. Write down what your '
                                  'team tells you.',
                            'zh_TW': '把您正在使用的所有藥物列成清單。抗凝血劑或抗血小板藥物（例如 '
                                     'warfarin、apixaban、rivaroxaban、clopidogrel '
                                     '或阿斯匹靈）、糖尿病藥物和胰島素，都需要醫療團隊給您指示。絕對不要自行停藥。請寫下醫療團隊告訴您的事。',
                            'es': 'Haga una lista de todos los medicamentos que toma. Los '
                                  'medicamentos que hacen la sangre más líquida (como la '
                                  'warfarina, el apixabán, el rivaroxabán, el clopidogrel o la '
                                  'aspirina), los medicamentos para la diabetes y la insulina '
                                  'necesitan indicaciones de su equipo médico. No deje nunca de '
                                  'tomar un medicamento por su cuenta. Anote lo que le diga su '
                                  'equipo.',
                            'fr': 'Faites la liste de tous les médicaments que vous prenez. Les '
                                  'médicaments qui fluidifient le sang (comme la warfarine, '
                                  'l’apixaban, le rivaroxaban, le clopidogrel ou l’aspirine), les '
                                  'médicaments du diabète et l’insuline demandent des instructions '
                                  'de votre équipe soignante. N’arrêtez jamais un médicament de '
                                  'vous-même. Notez ce que votre équipe soignante vous dit.',
                            'de': 'Schreiben Sie eine Liste aller Medikamente, die Sie nehmen. Für '
                                  'Blutverdünner (zum Beispiel Warfarin, Apixaban, Rivaroxaban, '
                                  'Clopidogrel oder Aspirin), Diabetes-Medikamente und Insulin '
                                  'brauchen Sie Anweisungen von Ihrem Behandlungsteam. Setzen Sie '
                                  'nie ein Medikament auf eigene Faust ab. Schreiben Sie auf, was '
                                  'Ihr Behandlungsteam Ihnen sagt.',
                            'ar': 'اكتب قائمة بكل الأدوية التي تتناولها. مميّعات الدم (مثل '
                                  'الوارفارين أو الأبيكسابان أو الريفاروكسابان أو الكلوبيدوغريل أو '
                                  'الأسبرين) وأدوية السكري والإنسولين تحتاج إلى تعليمات من فريقك '
                                  'الطبي. لا توقف أي دواء من تلقاء نفسك أبدًا. اكتب ما يخبرك به '
                                  'فريقك الطبي.'}},
           {'id': 'allergies',
            'phase': 'before',
            'when': 'consultation',
            'source': 'prep_allergies',
            'title': {'en': 'Tell the team about any allergies',
                      'zh_TW': '告訴醫療團隊您有哪些過敏',
                      'es': 'Avisar al equipo si tiene alguna alergia',
                      'fr': 'Signaler vos allergies à l’équipe soignante',
                      'de': 'Dem Behandlungsteam alle Allergien mitteilen',
                      'ar': 'أخبر الفريق الطبي بأي حساسية لديك'},
            'explanation': {'en': 'Tell your care team if you are allergic to contrast dye, local '
                                  'anaesthetics, antibiotics, bone cement or latex, and if you '
                                  'could be pregnant.',
                            'zh_TW': '如果您對顯影劑、局部麻醉藥、抗生素、骨水泥或乳膠過敏，或者您有可能懷孕，請告訴您的醫療團隊。',
                            'es': 'Dígale a su equipo médico si tiene alergia al medio de '
                                  'contraste, a los anestésicos locales, a los antibióticos, al '
                                  'cemento óseo o al látex, y si podría estar embarazada.',
                            'fr': 'Dites à votre équipe soignante si vous êtes allergique au '
                                  'produit de contraste, aux anesthésiques locaux, aux '
                                  'antibiotiques, au ciment osseux ou au latex, et si vous '
                                  'pourriez être enceinte.',
                            'de': 'Sagen Sie Ihrem Behandlungsteam, wenn Sie gegen Kontrastmittel, '
                                  'örtliche Betäubungsmittel, Antibiotika, Knochenzement oder '
                                  'Latex allergisch sind und wenn Sie schwanger sein könnten.',
                            'ar': 'أخبر فريقك الطبي إذا كانت لديك حساسية من الصبغة (مادة التباين) '
                                  'أو أدوية التخدير الموضعي أو المضادات الحيوية أو الإسمنت العظمي '
                                  'أو اللاتكس، وإذا كان هناك احتمال أن تكوني حاملًا.'}},
           {'id': 'spine_imaging',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'prep_images',
            'title': {'en': 'Have a spine MRI, or a bone scan',
                      'zh_TW': '做脊椎磁振造影（MRI）或骨骼掃描',
                      'es': 'Hacerse una resonancia magnética de la columna, o una gammagrafía '
                            'ósea',
                      'fr': 'Passer une IRM de la colonne vertébrale, ou une scintigraphie osseuse',
                      'de': 'MRT-Untersuchung der Wirbelsäule oder Knochenszintigrafie machen '
                            'lassen',
                      'ar': 'أجرِ رنينًا مغناطيسيًا للعمود الفقري، أو مسحًا للعظام'},
            'explanation': {'en': 'An MRI scan of your spine shows which fractures need treatment. '
                                  'If you cannot have an MRI, for example because you have a '
                                  'pacemaker, you will have a bone scan or a CT scan instead.',
                            'zh_TW': '脊椎磁振造影（MRI，俗稱核磁共振）可以看出哪些骨折需要治療。如果您不能做磁振造影，例如因為您裝有心臟節律器，就會改做骨骼掃描或電腦斷層掃描。',
                            'es': 'Una resonancia magnética de la columna muestra qué fracturas '
                                  'necesitan tratamiento. Si no puede hacerse una resonancia '
                                  'magnética, por ejemplo porque lleva un marcapasos, le harán en '
                                  'su lugar una gammagrafía ósea o una tomografía (TC).',
                            'fr': 'Une IRM de votre colonne vertébrale montre quelles fractures '
                                  'doivent être traitées. Si vous ne pouvez pas passer d’IRM, par '
                                  'exemple parce que vous avez un stimulateur cardiaque '
                                  '(pacemaker), vous passerez à la place une scintigraphie osseuse '
                                  'ou un scanner.',
                            'de': 'Eine MRT-Untersuchung Ihrer Wirbelsäule zeigt, welche Brüche '
                                  'behandelt werden müssen. Wenn bei Ihnen keine MRT möglich ist, '
                                  'zum Beispiel weil Sie einen Herzschrittmacher haben, bekommen '
                                  'Sie stattdessen eine Knochenszintigrafie oder ein CT.',
                            'ar': 'يُظهر التصوير بالرنين المغناطيسي لعمودك الفقري الكسورَ التي '
                                  'تحتاج إلى علاج. إذا لم يكن بإمكانك إجراء الرنين المغناطيسي، '
                                  'مثلًا لأن لديك جهاز تنظيم ضربات القلب، فستُجري بدلًا منه مسحًا '
                                  'للعظام أو تصويرًا مقطعيًا.'}},
           {'id': 'blood_tests',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'prep_blood_tests',
            'title': {'en': 'Have the blood tests your team ordered',
                      'zh_TW': '做醫療團隊安排的抽血檢查',
                      'es': 'Hacerse los análisis de sangre que pidió su equipo',
                      'fr': 'Faire les analyses de sang demandées par votre équipe soignante',
                      'de': 'Die Blutuntersuchungen machen lassen, die Ihr Behandlungsteam '
                            'angeordnet hat',
                      'ar': 'أجرِ تحاليل الدم التي طلبها فريقك الطبي'},
            'explanation': {'en': 'These often include a blood count and a test of how well your '
                                  'blood clots. A clotting problem or an infection can mean that '
                                  'the procedure is put off.',
                            'zh_TW': '通常包括血球計數，以及檢查您的血液凝固功能。如果有凝血問題或感染，手術可能會延後。',
                            'es': 'Suelen incluir un hemograma y una prueba para ver si su sangre '
                                  'coagula bien. Un problema de coagulación o una infección pueden '
                                  'hacer que se aplace el procedimiento.',
                            'fr': 'Elles comprennent souvent une numération sanguine et un test '
                                  'qui montre si votre sang coagule bien. Un problème de '
                                  'coagulation ou une infection peut faire reporter '
                                  'l’intervention.',
                            'de': 'Dazu gehören oft ein Blutbild und ein Test, wie gut Ihr Blut '
                                  'gerinnt. Eine Gerinnungsstörung oder eine Infektion kann dazu '
                                  'führen, dass der Eingriff verschoben wird.',
                            'ar': 'تشمل غالبًا تعداد الدم الكامل وتحليلًا لمدى قدرة دمك على '
                                  'التخثر. قد تؤدي مشكلة في تخثر الدم أو وجود عدوى إلى تأجيل '
                                  'الإجراء.'}},
           {'id': 'anaesthesia_consult',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'cirse_leaflet',
            'title': {'en': 'Anaesthesia consultation',
                      'zh_TW': '麻醉諮詢',
                      'es': 'Consulta de anestesia',
                      'fr': 'Consultation d’anesthésie',
                      'de': 'Narkosegespräch',
                      'ar': 'موعد مع طبيب التخدير'},
            'explanation': {'en': 'A short talk with the anaesthetist a few days before the '
                                  'procedure. You will hear whether you will have local '
                                  'anaesthesia with medicine to relax you, or general anaesthesia, '
                                  'and you can ask about the risks.',
                            'zh_TW': '手術前幾天，和麻醉科醫師簡短談一談。您會知道您將接受局部麻醉並使用讓您放鬆的藥物，還是接受全身麻醉；您也可以詢問相關的風險。',
                            'es': 'Una breve conversación con el anestesista unos días antes del '
                                  'procedimiento. Sabrá si le pondrán anestesia local con un '
                                  'medicamento que le ayuda a relajarse, o anestesia general, y '
                                  'podrá preguntar por los riesgos.',
                            'fr': 'Un court entretien avec le médecin anesthésiste quelques jours '
                                  'avant l’intervention. Vous saurez si vous aurez une anesthésie '
                                  'locale avec un médicament pour vous détendre, ou une anesthésie '
                                  'générale, et vous pourrez poser des questions sur les risques.',
                            'de': 'Ein kurzes Gespräch mit der Narkoseärztin oder dem Narkosearzt '
                                  'einige Tage vor dem Eingriff. Sie erfahren, ob Sie eine '
                                  'örtliche Betäubung mit einem beruhigenden Medikament oder eine '
                                  'Vollnarkose bekommen, und Sie können nach den Risiken fragen.',
                            'ar': 'حديث قصير مع طبيب التخدير قبل الإجراء ببضعة أيام. ستعرف هل '
                                  'سيكون تخديرك موضعيًا مع دواء يساعدك على الاسترخاء، أم تخديرًا '
                                  'عامًا، ويمكنك السؤال عن المخاطر.'}},
           {'id': 'ride_home',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'ride_home',
            'title': {'en': 'Ask an adult to take you home',
                      'zh_TW': '請一位成年人送您回家',
                      'es': 'Pedir a un adulto que le lleve a casa',
                      'fr': 'Demander à un adulte de vous raccompagner chez vous',
                      'de': 'Eine erwachsene Person bitten, Sie nach Hause zu bringen',
                      'ar': 'اطلب من شخص بالغ أن يوصلك إلى المنزل'},
            'explanation': {'en': 'You must not drive after the procedure. Ask an adult to take '
                                  'you home and to stay with you afterwards.',
                            'zh_TW': '手術後您不可以開車。請一位成年人送您回家，並在之後陪著您。',
                            'es': 'No debe conducir después del procedimiento. Pida a un adulto '
                                  'que le lleve a casa y que se quede con usted después.',
                            'fr': 'Vous ne devez pas conduire après l’intervention. Demandez à un '
                                  'adulte de vous raccompagner chez vous et de rester avec vous '
                                  'ensuite.',
                            'de': 'Nach dem Eingriff dürfen Sie nicht selbst Auto fahren. Bitten '
                                  'Sie eine erwachsene Person, Sie nach Hause zu bringen und '
                                  'danach bei Ihnen zu bleiben.',
                            'ar': 'يجب ألا تقود السيارة بعد الإجراء. اطلب من شخص بالغ أن يوصلك إلى '
                                  'المنزل وأن يبقى معك بعد ذلك.'}},
           {'id': 'fasting',
            'phase': 'before',
            'when': 'before_procedure',
            'asks_for_instructions': True,
            'source': 'prep_fasting',
            'title': {'en': 'Know when to stop eating and drinking',
                      'zh_TW': '了解什麼時候要停止吃東西和喝水',
                      'es': 'Saber cuándo dejar de comer y beber',
                      'fr': 'Savoir quand arrêter de manger et de boire',
                      'de': 'Wissen, ab wann Sie nichts mehr essen und trinken dürfen',
                      'ar': 'اعرف متى تتوقف عن الأكل والشرب'},
            'explanation': {'en': 'Hospitals have different rules for fasting before the '
                                  'procedure. Follow the instructions your care team gives you, '
                                  'and write them down here.',
                            'zh_TW': '各家醫院對手術前禁食的規定不一樣。請遵照您的醫療團隊給您的指示，並把指示寫在這裡。',
                            'es': 'Los hospitales tienen normas distintas sobre el ayuno antes del '
                                  'procedimiento. Siga las indicaciones que le dé su equipo '
                                  'médico, y anótelas aquí.',
                            'fr': 'Les règles pour être à jeun avant l’intervention varient d’un '
                                  'hôpital à l’autre. Suivez les instructions que votre équipe '
                                  'soignante vous donne, et notez-les ici.',
                            'de': 'Krankenhäuser haben unterschiedliche Regeln dafür, wann Sie vor '
                                  'dem Eingriff nüchtern sein müssen. Folgen Sie den Anweisungen '
                                  'Ihres Behandlungsteams und schreiben Sie sie hier auf.',
                            'ar': 'تختلف قواعد الصيام قبل الإجراء من مستشفى إلى آخر. اتبع '
                                  'التعليمات التي يعطيك إياها فريقك الطبي، واكتبها هنا.'}},
           {'id': 'what_to_bring',
            'phase': 'before',
            'when': 'before_procedure',
            'source': 'prep_images',
            'title': {'en': 'Pack what to bring',
                      'zh_TW': '準備好要帶的東西',
                      'es': 'Preparar lo que debe llevar',
                      'fr': 'Préparer ce qu’il faut apporter',
                      'de': 'Sachen zum Mitbringen einpacken',
                      'ar': 'جهّز ما ستأخذه معك'},
            'explanation': {'en': 'Your list of medicines, and your earlier scans and reports.',
                            'zh_TW': '您的藥物清單，以及以前的影像檢查和報告。',
                            'es': 'Su lista de medicamentos, y sus pruebas de imagen e informes '
                                  'anteriores.',
                            'fr': 'Votre liste de médicaments, et vos examens d’imagerie et '
                                  'comptes rendus antérieurs.',
                            'de': 'Ihre Medikamentenliste sowie Ihre früheren Bilder und Befunde.',
                            'ar': 'قائمة أدويتك، وصور الأشعة والتقارير السابقة.'}},
           {'id': 'follow_up_consultation',
            'phase': 'after',
            'when': 'window',
            'window': [7, 28],
            'source': 'cirse_leaflet',
            'title': {'en': 'Follow-up consultation',
                      'zh_TW': '追蹤回診',
                      'es': 'Consulta de seguimiento',
                      'fr': 'Consultation de suivi',
                      'de': 'Nachsorgetermin',
                      'ar': 'موعد المتابعة'},
            'explanation': {'en': 'One to four weeks after the procedure, your interventional '
                                  'radiologist checks that your pain has eased and that you are '
                                  'back to your daily activities.',
                            'zh_TW': '手術後一到四週，您的介入性放射科醫師會確認您的疼痛是否已經減輕，以及您是否已恢復日常活動。',
                            'es': 'Entre una y cuatro semanas después del procedimiento, su '
                                  'radiólogo intervencionista comprueba que el dolor ha disminuido '
                                  'y que ha vuelto a sus actividades diarias.',
                            'fr': 'Une à quatre semaines après l’intervention, votre radiologue '
                                  'interventionnel vérifie que votre douleur a diminué et que vous '
                                  'avez repris vos activités quotidiennes.',
                            'de': 'Ein bis vier Wochen nach dem Eingriff prüft Ihre Ärztin oder '
                                  'Ihr Arzt für interventionelle Radiologie, ob Ihre Schmerzen '
                                  'nachgelassen haben und ob Sie wieder Ihrem Alltag nachgehen.',
                            'ar': 'بعد أسبوع إلى أربعة أسابيع من الإجراء، يتأكد طبيب الأشعة '
                                  'التداخلية من أن ألمك قد خفّ وأنك عدت إلى أنشطتك اليومية.'}},
           {'id': 'bone_health_plan',
            'phase': 'after',
            'when': 'as_advised',
            'source': 'cirse_leaflet',
            'title': {'en': 'Talk to your doctor about treating osteoporosis',
                      'zh_TW': '和您的醫師討論骨質疏鬆症的治療',
                      'es': 'Hablar con su médico sobre el tratamiento de la osteoporosis',
                      'fr': 'Parler à votre médecin du traitement de l’ostéoporose',
                      'de': 'Mit Ihrer Ärztin oder Ihrem Arzt über die Behandlung der Osteoporose '
                            'sprechen',
                      'ar': 'تحدّث مع طبيبك عن علاج هشاشة العظام'},
            'explanation': {'en': 'The cement treats the fracture, not the osteoporosis behind it. '
                                  'Ask about medicine for your bones (such as denosumab, Prolia), '
                                  'calcium and vitamin D, exercise on your feet, and how to '
                                  'prevent falls.',
                            'zh_TW': '骨水泥治療的是骨折，而不是造成骨折的骨質疏鬆症。請詢問治療骨骼的藥物（例如 denosumab，保骼麗 '
                                     'Prolia）、鈣和維生素 D、站著進行的運動，以及如何預防跌倒。',
                            'es': 'El cemento trata la fractura, no la osteoporosis que hay '
                                  'detrás. Pregunte por medicamentos para sus huesos (como el '
                                  'denosumab, Prolia), el calcio y la vitamina D, el ejercicio de '
                                  'pie y cómo prevenir caídas.',
                            'fr': 'Le ciment traite la fracture, pas l’ostéoporose qui en est la '
                                  'cause. Posez des questions sur les médicaments pour vos os '
                                  '(comme le dénosumab, Prolia), le calcium et la vitamine D, '
                                  'l’exercice debout et la prévention des chutes.',
                            'de': 'Der Zement behandelt den Bruch, nicht die Osteoporose dahinter. '
                                  'Fragen Sie nach Medikamenten für Ihre Knochen (zum Beispiel '
                                  'Denosumab, Prolia), nach Kalzium und Vitamin D, nach Bewegung '
                                  'im Stehen und Gehen und danach, wie Sie Stürze vermeiden.',
                            'ar': 'يعالج الإسمنت الكسر، لا هشاشة العظام التي وراءه. اسأل عن دواء '
                                  'لعظامك (مثل دينوسوماب، Prolia)، وعن الكالسيوم وفيتامين د، '
                                  'والتمارين التي تقوم بها واقفًا على قدميك، وكيف تتجنّب السقوط.'}},
           {'id': 'bone_reviews',
            'phase': 'after',
            'when': 'as_advised',
            'source': 'bone_follow_up',
            'title': {'en': 'Regular bone-health reviews',
                      'zh_TW': '定期的骨骼健康追蹤',
                      'es': 'Revisiones periódicas de la salud de los huesos',
                      'fr': 'Bilans réguliers de santé des os',
                      'de': 'Regelmäßige Kontrollen der Knochengesundheit',
                      'ar': 'مراجعات منتظمة لصحة العظام'},
            'explanation': {'en': 'New fractures are most common in the first year. Review your '
                                  'bone health with your doctor regularly, with a bone density '
                                  'test if your doctor advises one.',
                            'zh_TW': '新的骨折最常發生在第一年。請定期和醫師一起檢視您的骨骼健康，如果醫師建議，也做骨密度檢查。',
                            'es': 'Las nuevas fracturas son más frecuentes durante el primer año. '
                                  'Revise con regularidad la salud de sus huesos con su médico, '
                                  'con una densitometría ósea si su médico la aconseja.',
                            'fr': 'Les nouvelles fractures sont plus fréquentes la première année. '
                                  'Faites régulièrement le point sur la santé de vos os avec votre '
                                  'médecin, avec une mesure de la densité osseuse si votre médecin '
                                  'la conseille.',
                            'de': 'Neue Brüche sind im ersten Jahr am häufigsten. Besprechen Sie '
                                  'Ihre Knochengesundheit regelmäßig mit Ihrer Ärztin oder Ihrem '
                                  'Arzt, mit einer Knochendichtemessung, wenn sie empfohlen wird.',
                            'ar': 'الكسور الجديدة أكثر شيوعًا في السنة الأولى. راجِع صحة عظامك مع '
                                  'طبيبك بانتظام، مع فحص كثافة العظام إذا نصحك الطبيب به.'}}],
 'stages': [{'id': 'arrival',
             'source': 'ride_home',
             'title': {'en': 'Arrive at the hospital',
                       'zh_TW': '抵達醫院',
                       'es': 'Llegada al hospital',
                       'fr': 'Arrivée à l’hôpital',
                       'de': 'Ankunft im Krankenhaus',
                       'ar': 'الوصول إلى المستشفى'},
             'text': {'en': 'Come at your arrival time with the adult who will take you home, and '
                            'bring the things on your list.',
                      'zh_TW': '請在您的抵達時間，和會送您回家的成年人一起到醫院，並帶著清單上的東西。',
                      'es': 'Acuda a su hora de llegada con el adulto que le llevará a casa, y '
                            'lleve consigo las cosas de su lista.',
                      'fr': 'Venez à votre heure d’arrivée avec l’adulte qui vous raccompagnera '
                            'chez vous, et apportez les affaires de votre liste.',
                      'de': 'Kommen Sie zu Ihrer Ankunftszeit mit der erwachsenen Person, die Sie '
                            'nach Hause bringt, und bringen Sie die Sachen von Ihrer Liste mit.',
                      'ar': 'احضر في موعد وصولك مع الشخص البالغ الذي سيوصلك إلى المنزل، وأحضر '
                            'الأغراض المذكورة في قائمتك.'}},
            {'id': 'face_down',
             'source': 'day_report_and_duration',
             'title': {'en': 'Lying face down',
                       'zh_TW': '趴著',
                       'es': 'Posición boca abajo',
                       'fr': 'Position sur le ventre',
                       'de': 'Auf dem Bauch liegen',
                       'ar': 'الاستلقاء على البطن'},
             'text': {'en': 'You lie on your stomach in a room with an X-ray machine, so the '
                            'doctor can see the vertebra. Tell the team if you feel pain, numbness '
                            'or tingling.',
                      'zh_TW': '您會趴在一間有 X 光機的房間裡，讓醫師可以看到脊椎骨。如果您感到疼痛、麻木或刺痛，請告訴醫療團隊。',
                      'es': 'Se acuesta boca abajo en una sala con un aparato de rayos X, para que '
                            'el médico pueda ver la vértebra. Avise al equipo si siente dolor, '
                            'entumecimiento u hormigueo.',
                      'fr': 'Vous vous allongez sur le ventre dans une salle équipée d’un appareil '
                            'de radiographie, pour que le médecin puisse voir la vertèbre. Dites à '
                            'l’équipe soignante si vous ressentez une douleur, un engourdissement '
                            'ou des fourmillements.',
                      'de': 'Sie liegen auf dem Bauch in einem Raum mit einem Röntgengerät, damit '
                            'die behandelnde Ärztin oder der behandelnde Arzt den Wirbel sehen '
                            'kann. Sagen Sie dem Behandlungsteam, wenn Sie Schmerzen, Taubheit '
                            'oder Kribbeln spüren.',
                      'ar': 'تستلقي على بطنك في غرفة فيها جهاز الأشعة السينية، ليتمكن الطبيب من '
                            'رؤية الفقرة. أخبر الفريق الطبي إذا شعرت بألم أو خدر أو تنميل.'}},
            {'id': 'anaesthesia',
             'source': 'cirse_leaflet',
             'title': {'en': 'Anaesthesia',
                       'zh_TW': '麻醉',
                       'es': 'Anestesia',
                       'fr': 'Anesthésie',
                       'de': 'Betäubung',
                       'ar': 'التخدير'},
             'text': {'en': 'You receive the anaesthesia planned with the anaesthetist: local '
                            'anaesthesia with medicine to relax you, or general anaesthesia.',
                      'zh_TW': '您會接受事先和麻醉科醫師討論好的麻醉方式：局部麻醉並使用讓您放鬆的藥物，或全身麻醉。',
                      'es': 'Recibe la anestesia prevista con el anestesista: anestesia local con '
                            'un medicamento que le ayuda a relajarse, o anestesia general.',
                      'fr': 'Vous recevez l’anesthésie prévue avec le médecin anesthésiste\xa0: '
                            'une anesthésie locale avec un médicament pour vous détendre, ou une '
                            'anesthésie générale.',
                      'de': 'Sie bekommen die Betäubung, die Sie mit der Narkoseärztin oder dem '
                            'Narkosearzt geplant haben: eine örtliche Betäubung mit einem '
                            'beruhigenden Medikament oder eine Vollnarkose.',
                      'ar': 'تتلقى التخدير الذي خُطِّط له مع طبيب التخدير: تخدير موضعي مع دواء '
                            'يساعدك على الاسترخاء، أو تخدير عام.'}},
            {'id': 'antibiotics',
             'source': 'cirse_leaflet',
             'title': {'en': 'Antibiotics',
                       'zh_TW': '抗生素',
                       'es': 'Antibióticos',
                       'fr': 'Antibiotiques',
                       'de': 'Antibiotika',
                       'ar': 'المضادات الحيوية'},
             'text': {'en': 'Antibiotics are given through the drip, just before the cement, to '
                            'prevent infection.',
                      'zh_TW': '就在打骨水泥之前，會經由點滴給您抗生素，以預防感染。',
                      'es': 'Le ponen antibióticos a través de la vía, justo antes del cemento, '
                            'para prevenir infecciones.',
                      'fr': 'Les antibiotiques sont donnés par la perfusion, juste avant le '
                            'ciment, pour éviter une infection.',
                      'de': 'Kurz vor dem Zement bekommen Sie über die Infusion Antibiotika, um '
                            'einer Infektion vorzubeugen.',
                      'ar': 'تُعطى المضادات الحيوية عبر المحلول الوريدي قبل حقن الإسمنت مباشرة، '
                            'للوقاية من العدوى.'}},
            {'id': 'cement',
             'source': 'day_report_and_duration',
             'title': {'en': 'Needles and cement',
                       'zh_TW': '放針和打骨水泥',
                       'es': 'Agujas y cemento',
                       'fr': 'Aiguilles et ciment',
                       'de': 'Nadeln und Zement',
                       'ar': 'الإبر والإسمنت'},
             'text': {'en': 'Through one or two small cuts of 3 to 4 mm, the doctor places a '
                            'needle in the broken vertebra and injects a few millilitres of '
                            'cement, which hardens in minutes. This takes about an hour for each '
                            'vertebra.',
                      'zh_TW': '醫師經由一或兩個 3 到 4 mm '
                               '的小切口，把針放進骨折的脊椎骨，再打入幾毫升的骨水泥，骨水泥幾分鐘內就會變硬。每一節脊椎骨大約需要一小時。',
                      'es': 'A través de uno o dos pequeños cortes de 3 a 4 mm, el médico coloca '
                            'una aguja en la vértebra rota e inyecta unos pocos mililitros de '
                            'cemento, que se endurece en minutos. Esto dura aproximadamente una '
                            'hora por cada vértebra.',
                      'fr': 'Par une ou deux petites incisions de 3 à 4 mm, le médecin place une '
                            'aiguille dans la vertèbre cassée et injecte quelques millilitres de '
                            'ciment, qui durcit en quelques minutes. Cela prend environ une heure '
                            'par vertèbre.',
                      'de': 'Durch einen oder zwei kleine Schnitte von 3 bis 4 mm setzt die '
                            'behandelnde Ärztin oder der behandelnde Arzt eine Nadel in den '
                            'gebrochenen Wirbel und spritzt einige Milliliter Zement ein, der in '
                            'wenigen Minuten hart wird. Das dauert etwa eine Stunde pro Wirbel.',
                      'ar': 'عبر شق صغير أو شقين صغيرين (من ٣ إلى ٤ ملم)، يضع الطبيب إبرة في '
                            'الفقرة المكسورة ويحقن بضعة ملّيلترات من الإسمنت، الذي يتصلّب في غضون '
                            'دقائق. يستغرق ذلك نحو ساعة لكل فقرة.'}},
            {'id': 'rest',
             'source': 'cirse_leaflet',
             'title': {'en': 'Rest on the ward',
                       'zh_TW': '在病房休息',
                       'es': 'Descanso en la planta',
                       'fr': 'Repos dans le service',
                       'de': 'Ausruhen auf der Station',
                       'ar': 'الراحة في القسم'},
             'text': {'en': 'The needles are removed and you rest lying down on the ward for a few '
                            'hours.',
                      'zh_TW': '針拔出後，您會在病房躺著休息幾個小時。',
                      'es': 'Le retiran las agujas y descansa en la cama, en la planta del '
                            'hospital, durante unas horas.',
                      'fr': 'Les aiguilles sont retirées et vous vous reposez en position couchée '
                            'dans le service pendant quelques heures.',
                      'de': 'Die Nadeln werden entfernt, und Sie ruhen sich einige Stunden liegend '
                            'auf der Station aus.',
                      'ar': 'تُزال الإبر، ثم ترتاح مستلقيًا في القسم لبضع ساعات.'}},
            {'id': 'first_walk',
             'source': 'cirse_leaflet',
             'title': {'en': 'First walk',
                       'zh_TW': '第一次下床走路',
                       'es': 'Volver a caminar',
                       'fr': 'Premiers pas',
                       'de': 'Zum ersten Mal gehen',
                       'ar': 'المشي لأول مرة'},
             'text': {'en': 'Three to six hours after the procedure, the pain should be eased and '
                            'you should be able to walk again, with help the first time.',
                      'zh_TW': '手術後三到六小時，疼痛應該會減輕，您應該可以再走路；第一次走路時要有人協助。',
                      'es': 'Entre tres y seis horas después del procedimiento, el dolor debería '
                            'haberse aliviado y usted debería poder caminar de nuevo, con ayuda la '
                            'primera vez.',
                      'fr': 'Trois à six heures après l’intervention, la douleur devrait avoir '
                            'diminué et vous devriez pouvoir remarcher, avec de l’aide la première '
                            'fois.',
                      'de': 'Drei bis sechs Stunden nach dem Eingriff sollten die Schmerzen '
                            'nachgelassen haben und Sie sollten wieder gehen können, beim ersten '
                            'Mal mit Hilfe.',
                      'ar': 'بعد ثلاث إلى ست ساعات من الإجراء، يُفترض أن يكون الألم قد خفّ وأن '
                            'تستطيع المشي من جديد، مع مساعدة في المرة الأولى.'}},
            {'id': 'home',
             'source': 'day_stay',
             'title': {'en': 'Going home with an adult',
                       'zh_TW': '由成年人陪同回家',
                       'es': 'Vuelta a casa con un adulto',
                       'fr': 'Retour à la maison avec un adulte',
                       'de': 'Mit einer erwachsenen Person nach Hause',
                       'ar': 'العودة إلى المنزل مع شخص بالغ'},
             'text': {'en': 'Most people go home the same day, with an adult who stays with them. '
                            'Some hospitals keep patients overnight: your care team decides.',
                      'zh_TW': '大多數人在當天回家，並由一位成年人陪在身邊。有些醫院會讓病人住院一晚：由您的醫療團隊決定。',
                      'es': 'La mayoría de las personas vuelven a casa el mismo día, con un adulto '
                            'que se queda con ellas. Algunos hospitales hacen que los pacientes '
                            'pasen allí la noche: lo decide su equipo médico.',
                      'fr': 'La plupart des gens rentrent chez eux le jour même, avec un adulte '
                            'qui reste auprès d’eux. Certains hôpitaux gardent les patients pour '
                            'la nuit\xa0: c’est votre équipe soignante qui décide.',
                      'de': 'Die meisten Menschen gehen am selben Tag nach Hause, mit einer '
                            'erwachsenen Person, die bei ihnen bleibt. Manche Krankenhäuser '
                            'behalten Patientinnen und Patienten über Nacht: Das entscheidet Ihr '
                            'Behandlungsteam.',
                      'ar': 'يعود معظم الناس إلى منازلهم في اليوم نفسه، مع شخص بالغ يبقى معهم. بعض '
                            'المستشفيات تُبقي المرضى للمبيت ليلة: فريقك الطبي هو من يقرر.'}}],
 'advice': [{'id': 'what_it_is',
             'group': 'about',
             'source': 'cirse_leaflet',
             'text': {'en': 'Osteoporosis makes bones thin, so a vertebra (a bone of the spine) '
                            'can break even after a small knock. This is painful, above all when '
                            'you move. In vertebroplasty, the doctor injects bone cement through a '
                            'needle into the broken vertebra. The cement hardens within a few '
                            'minutes and holds the broken pieces together, like a cast on a broken '
                            'arm.',
                      'zh_TW': '骨質疏鬆症會讓骨頭變薄，所以即使只是輕輕撞一下，脊椎骨（脊椎的其中一節骨頭）也可能骨折。這會很痛，尤其是在活動的時候。做椎體成形術時，醫師會用一根針把骨水泥打進骨折的脊椎骨。骨水泥在幾分鐘內就會變硬，把碎裂的骨頭固定在一起，就像手臂骨折時打的石膏一樣。',
                      'es': 'La osteoporosis debilita los huesos, por eso una vértebra (un hueso '
                            'de la columna) puede romperse incluso con un golpe pequeño. Esto '
                            'duele, sobre todo al moverse. En la vertebroplastia, el médico '
                            'inyecta cemento óseo con una aguja en la vértebra rota. El cemento se '
                            'endurece en pocos minutos y mantiene unidos los trozos rotos, como un '
                            'yeso en un brazo roto.',
                      'fr': 'L’ostéoporose rend les os fragiles\xa0: une vertèbre (un os de la '
                            'colonne vertébrale) peut alors se casser même après un petit choc. '
                            'C’est douloureux, surtout quand vous bougez. Lors d’une '
                            'vertébroplastie, le médecin injecte du ciment osseux avec une '
                            'aiguille dans la vertèbre cassée. Le ciment durcit en quelques '
                            'minutes et maintient ensemble les morceaux cassés, comme un plâtre '
                            'sur un bras cassé.',
                      'de': 'Osteoporose (Knochenschwund) macht die Knochen dünn. Deshalb kann ein '
                            'Wirbel (ein Knochen der Wirbelsäule) schon nach einem kleinen Stoß '
                            'brechen. Das ist schmerzhaft, vor allem wenn Sie sich bewegen. Bei '
                            'der Vertebroplastie spritzt die behandelnde Ärztin oder der '
                            'behandelnde Arzt Knochenzement durch eine Nadel in den gebrochenen '
                            'Wirbel. Der Zement wird innerhalb weniger Minuten hart und hält die '
                            'Bruchstücke zusammen, wie ein Gips an einem gebrochenen Arm.',
                      'ar': 'هشاشة العظام تجعل العظام رقيقة، لذلك قد تنكسر فقرة (وهي عظمة من عظام '
                            'العمود الفقري) حتى بعد صدمة خفيفة. وهذا مؤلم، ولا سيما عند الحركة. في '
                            'رأب الفقرات، يحقن الطبيب الإسمنت العظمي عبر إبرة في الفقرة المكسورة. '
                            'يتصلّب الإسمنت في غضون دقائق قليلة ويُمسك الأجزاء المكسورة معًا، مثل '
                            'الجبيرة على ذراع مكسورة.'}},
            {'id': 'how_it_is_done',
             'group': 'how',
             'source': 'cirse_leaflet',
             'text': {'en': 'You lie on your stomach in a room with an X-ray machine. You have '
                            'local anaesthesia with medicine to relax you, or general anaesthesia. '
                            'Guided by X-rays, the doctor places one or two needles in each broken '
                            'vertebra through cuts of 3 to 4 mm, and injects a few millilitres of '
                            'cement.',
                      'zh_TW': '您會趴在一間有 X 光機的房間裡。您會接受局部麻醉並使用讓您放鬆的藥物，或接受全身麻醉。醫師在 X 光的引導下，經由 3 到 4 '
                               'mm 的小切口，在每一節骨折的脊椎骨放入一或兩根針，再打入幾毫升的骨水泥。',
                      'es': 'Usted se acuesta boca abajo en una sala con un aparato de rayos X. Le '
                            'ponen anestesia local con un medicamento que le ayuda a relajarse, o '
                            'anestesia general. Guiándose por los rayos X, el médico coloca una o '
                            'dos agujas en cada vértebra rota a través de cortes de 3 a 4 mm, e '
                            'inyecta unos pocos mililitros de cemento.',
                      'fr': 'Vous vous allongez sur le ventre dans une salle équipée d’un appareil '
                            'de radiographie. Vous avez une anesthésie locale avec un médicament '
                            'pour vous détendre, ou une anesthésie générale. Guidé par les rayons '
                            'X, le médecin place une ou deux aiguilles dans chaque vertèbre cassée '
                            'par des incisions de 3 à 4 mm, puis injecte quelques millilitres de '
                            'ciment.',
                      'de': 'Sie liegen auf dem Bauch in einem Raum mit einem Röntgengerät. Sie '
                            'bekommen eine örtliche Betäubung mit einem beruhigenden Medikament '
                            'oder eine Vollnarkose. Mithilfe von Röntgenbildern setzt die '
                            'behandelnde Ärztin oder der behandelnde Arzt durch Schnitte von 3 bis '
                            '4 mm eine oder zwei Nadeln in jeden gebrochenen Wirbel und spritzt '
                            'einige Milliliter Zement ein.',
                      'ar': 'تستلقي على بطنك في غرفة فيها جهاز الأشعة السينية. تحصل على تخدير '
                            'موضعي مع دواء يساعدك على الاسترخاء، أو على تخدير عام. يضع الطبيب، '
                            'مسترشدًا بالأشعة السينية، إبرة أو إبرتين في كل فقرة مكسورة عبر شقوق '
                            'صغيرة من ٣ إلى ٤ ملم، ثم يحقن بضعة ملّيلترات من الإسمنت.'}},
            {'id': 'benefits',
             'group': 'benefits',
             'source': 'cirse_leaflet',
             'text': {'en': 'The pain usually eases quickly and you can move more easily. There '
                            'are no large scars. Most people walk again 3 to 6 hours afterwards '
                            'and go home the same day.',
                      'zh_TW': '疼痛通常很快就會減輕，活動也會比較輕鬆。不會留下大的疤痕。大多數人在手術後 3 到 6 小時就能再走路，並在當天回家。',
                      'es': 'El dolor suele aliviarse rápidamente y puede moverse con más '
                            'facilidad. No quedan cicatrices grandes. La mayoría de las personas '
                            'vuelven a caminar de 3 a 6 horas después y se van a casa el mismo '
                            'día.',
                      'fr': 'La douleur diminue en général rapidement et vous pouvez bouger plus '
                            'facilement. Il n’y a pas de grandes cicatrices. La plupart des gens '
                            'remarchent 3 à 6 heures après et rentrent chez eux le jour même.',
                      'de': 'Die Schmerzen lassen meist schnell nach, und Sie können sich leichter '
                            'bewegen. Es bleiben keine großen Narben. Die meisten Menschen laufen '
                            '3 bis 6 Stunden danach wieder und gehen am selben Tag nach Hause.',
                      'ar': 'عادةً ما يخفّ الألم بسرعة وتستطيع الحركة بسهولة أكبر. لا تبقى ندوب '
                            'كبيرة. يعود معظم الناس إلى المشي بعد ٣ إلى ٦ ساعات من الإجراء، '
                            'ويعودون إلى منازلهم في اليوم نفسه.'}},
            {'id': 'no_guarantee',
             'group': 'benefits',
             'source': 'qa_preventive',
             'text': {'en': 'No treatment is certain to work: some people improve a lot, others '
                            'less.',
                      'zh_TW': '沒有任何治療保證一定有效：有些人改善很多，有些人改善較少。',
                      'es': 'Ningún tratamiento tiene el éxito asegurado: algunas personas mejoran '
                            'mucho y otras menos.',
                      'fr': 'Aucun traitement n’est sûr de réussir\xa0: certaines personnes vont '
                            'beaucoup mieux, d’autres moins.',
                      'de': 'Keine Behandlung hilft mit Sicherheit: Manchen Menschen geht es '
                            'danach viel besser, anderen weniger.',
                      'ar': 'لا يوجد علاج مضمون النجاح: بعض الناس يتحسّنون كثيرًا، وآخرون أقل.'}},
            {'id': 'risk_anaesthesia',
             'group': 'risks',
             'source': 'cirse_leaflet',
             'text': {'en': 'The usual risks of anaesthesia, which you can discuss with the '
                            'anaesthetist.',
                      'zh_TW': '麻醉本身常見的風險，您可以和麻醉科醫師討論。',
                      'es': 'Los riesgos habituales de la anestesia, que puede comentar con el '
                            'anestesista.',
                      'fr': 'Les risques habituels de l’anesthésie, dont vous pouvez parler avec '
                            'le médecin anesthésiste.',
                      'de': 'Die üblichen Risiken einer Betäubung, über die Sie mit der '
                            'Narkoseärztin oder dem Narkosearzt sprechen können.',
                      'ar': 'المخاطر المعتادة للتخدير، ويمكنك مناقشتها مع طبيب التخدير.'}},
            {'id': 'risk_organs',
             'group': 'risks',
             'source': 'cirse_leaflet',
             'text': {'en': 'Injury to nearby organs, such as the lungs, muscles or nerves.',
                      'zh_TW': '傷到附近的器官，例如肺、肌肉或神經。',
                      'es': 'Lesiones en órganos cercanos, como los pulmones, los músculos o los '
                            'nervios.',
                      'fr': 'Une blessure d’organes proches, comme les poumons, les muscles ou les '
                            'nerfs.',
                      'de': 'Verletzung von Organen in der Nähe, zum Beispiel der Lunge, der '
                            'Muskeln oder der Nerven.',
                      'ar': 'إصابة أعضاء قريبة، مثل الرئتين أو العضلات أو الأعصاب.'}},
            {'id': 'risk_leak',
             'group': 'risks',
             'source': 'cirse_leaflet',
             'text': {'en': 'Cement leaking out of the vertebra, which is dangerous if it reaches '
                            'the spinal canal.',
                      'zh_TW': '骨水泥從脊椎骨漏出來；如果流到脊椎管，會有危險。',
                      'es': 'Fuga de cemento fuera de la vértebra, que es peligrosa si llega al '
                            'canal de la médula espinal.',
                      'fr': 'Une fuite de ciment hors de la vertèbre, dangereuse si le ciment '
                            'atteint le canal de la moelle épinière.',
                      'de': 'Zement, der aus dem Wirbel austritt. Das ist gefährlich, wenn er in '
                            'den Wirbelkanal gelangt.',
                      'ar': 'تسرّب الإسمنت إلى خارج الفقرة، وهو أمر خطير إذا وصل إلى القناة '
                            'الشوكية.'}},
            {'id': 'risk_lungs',
             'group': 'risks',
             'source': 'cirse_leaflet',
             'text': {'en': 'Rarely, cement travelling to the lungs through the veins around the '
                            'spine.',
                      'zh_TW': '骨水泥經由脊椎周圍的靜脈跑到肺部（很少見）。',
                      'es': 'En raras ocasiones, cemento que llega a los pulmones por las venas '
                            'que rodean la columna.',
                      'fr': 'Rarement, du ciment qui passe dans les poumons par les veines autour '
                            'de la colonne vertébrale.',
                      'de': 'Selten: Zement, der über die Venen rund um die Wirbelsäule in die '
                            'Lunge gelangt.',
                      'ar': 'في حالات نادرة، انتقال الإسمنت إلى الرئتين عبر الأوردة المحيطة '
                            'بالعمود الفقري.'}},
            {'id': 'risk_infection',
             'group': 'risks',
             'source': 'cirse_leaflet',
             'text': {'en': 'Rarely, an infection where the vertebra was treated.',
                      'zh_TW': '治療過的脊椎骨部位發生感染（很少見）。',
                      'es': 'En raras ocasiones, una infección en el lugar donde se trató la '
                            'vértebra.',
                      'fr': 'Rarement, une infection à l’endroit où la vertèbre a été traitée.',
                      'de': 'Selten: eine Infektion an der Stelle, an der der Wirbel behandelt '
                            'wurde.',
                      'ar': 'في حالات نادرة، حدوث عدوى في مكان الفقرة المعالَجة.'}},
            {'id': 'rest_advised',
             'group': 'recovery',
             'source': 'ride_home',
             'text': {'en': 'Rest as your care team advises, with an adult staying with you.',
                      'zh_TW': '請依照醫療團隊的建議休息，並有一位成年人陪在您身邊。',
                      'es': 'Descanse como le indique su equipo médico, con un adulto que se quede '
                            'con usted.',
                      'fr': 'Reposez-vous comme votre équipe soignante vous le conseille, avec un '
                            'adulte qui reste auprès de vous.',
                      'de': 'Ruhen Sie sich aus, wie Ihr Behandlungsteam es Ihnen rät, und lassen '
                            'Sie eine erwachsene Person bei sich bleiben.',
                      'ar': 'استرح كما ينصحك فريقك الطبي، مع وجود شخص بالغ يبقى معك.'}},
            {'id': 'no_driving',
             'group': 'recovery',
             'source': 'ride_home',
             'text': {'en': 'Do not drive for a day or two, and never while you take strong '
                            '(opioid) pain medicines.',
                      'zh_TW': '一到兩天內請不要開車；在使用強效（鴉片類）止痛藥期間，絕對不要開車。',
                      'es': 'No conduzca durante uno o dos días, y nunca mientras tome '
                            'medicamentos fuertes para el dolor (opioides).',
                      'fr': 'Ne conduisez pas pendant un jour ou deux, et jamais pendant que vous '
                            'prenez des médicaments forts contre la douleur (opioïdes).',
                      'de': 'Fahren Sie ein bis zwei Tage lang nicht selbst Auto, und niemals, '
                            'solange Sie starke Schmerzmittel (Opioide) nehmen.',
                      'ar': 'لا تقُد السيارة ليوم أو يومين، ولا تقُدها أبدًا ما دمت تتناول مسكّنات '
                            'ألم قوية (أفيونية).'}},
            {'id': 'daily_activities',
             'group': 'recovery',
             'source': 'cirse_leaflet',
             'text': {'en': 'Most people can return to their normal daily activities soon after. '
                            'Your care team tells you what you may do and when.',
                      'zh_TW': '大多數人不久後就能恢復平常的日常活動。您可以做什麼、什麼時候可以做，由您的醫療團隊告訴您。',
                      'es': 'La mayoría de las personas pueden volver pronto a sus actividades '
                            'diarias normales. Su equipo médico le dice qué puede hacer y cuándo.',
                      'fr': 'La plupart des gens peuvent reprendre leurs activités quotidiennes '
                            'habituelles peu après. Votre équipe soignante vous dit ce que vous '
                            'pouvez faire, et quand.',
                      'de': 'Die meisten Menschen können bald danach wieder ihren gewohnten Alltag '
                            'aufnehmen. Ihr Behandlungsteam sagt Ihnen, was Sie wann tun dürfen.',
                      'ar': 'يستطيع معظم الناس العودة إلى أنشطتهم اليومية المعتادة بعد وقت قصير. '
                            'يخبرك فريقك الطبي بما يمكنك فعله ومتى.'}},
            {'id': 'new_pain',
             'group': 'new_pain',
             'source': 'cirse_leaflet',
             'text': {'en': 'If sudden new back pain starts, call your care team. A new spine MRI '
                            'will be needed: because of osteoporosis, a new fracture can happen '
                            'close to the treated vertebra or far from it.',
                      'zh_TW': '如果突然出現新的背痛，請打電話給您的醫療團隊。將需要再做一次脊椎磁振造影（MRI）：因為骨質疏鬆症，新的骨折可能發生在治療過的脊椎骨附近，也可能在離它較遠的地方。',
                      'es': 'Si aparece de repente un nuevo dolor de espalda, llame a su equipo '
                            'médico. Hará falta una nueva resonancia magnética de la columna: por '
                            'la osteoporosis, puede producirse una nueva fractura cerca de la '
                            'vértebra tratada o lejos de ella.',
                      'fr': 'Si une nouvelle douleur soudaine apparaît dans le dos, appelez votre '
                            'équipe soignante. Une nouvelle IRM de la colonne vertébrale sera '
                            'nécessaire\xa0: à cause de l’ostéoporose, une nouvelle fracture peut '
                            'se produire près de la vertèbre traitée ou loin d’elle.',
                      'de': 'Wenn plötzlich neue Rückenschmerzen auftreten, rufen Sie Ihr '
                            'Behandlungsteam an. Eine neue MRT-Untersuchung der Wirbelsäule wird '
                            'nötig sein: Wegen der Osteoporose kann ein neuer Bruch nahe am '
                            'behandelten Wirbel oder weit davon entfernt auftreten.',
                      'ar': 'إذا بدأ ألم جديد ومفاجئ في الظهر، فاتصل بفريقك الطبي. ستحتاج إلى رنين '
                            'مغناطيسي جديد للعمود الفقري: فبسبب هشاشة العظام، قد يحدث كسر جديد '
                            'قريبًا من الفقرة المعالَجة أو بعيدًا عنها.'}},
            {'id': 'bone_medicine',
             'group': 'bone_health',
             'source': 'qa_preventive',
             'text': {'en': 'Take the osteoporosis medicine your doctor prescribes, for example '
                            'denosumab (Prolia).',
                      'zh_TW': '請使用醫師開立的骨質疏鬆症藥物，例如 denosumab（保骼麗 Prolia）。',
                      'es': 'Tome el medicamento para la osteoporosis que le recete su médico, por '
                            'ejemplo denosumab (Prolia).',
                      'fr': 'Prenez le médicament contre l’ostéoporose que votre médecin vous '
                            'prescrit, par exemple le dénosumab (Prolia).',
                      'de': 'Nehmen Sie das Osteoporose-Medikament, das Ihre Ärztin oder Ihr Arzt '
                            'verschreibt, zum Beispiel Denosumab (Prolia).',
                      'ar': 'تناول دواء هشاشة العظام الذي يصفه لك طبيبك، مثل دينوسوماب (Prolia).'}},
            {'id': 'calcium_vitamin_d',
             'group': 'bone_health',
             'source': 'qa_preventive',
             'text': {'en': 'Get enough calcium and vitamin D, as your doctor advises.',
                      'zh_TW': '依照醫師的建議，攝取足夠的鈣和維生素 D。',
                      'es': 'Tome suficiente calcio y vitamina D, según le aconseje su médico.',
                      'fr': 'Veillez à avoir assez de calcium et de vitamine D, comme votre '
                            'médecin vous le conseille.',
                      'de': 'Nehmen Sie genug Kalzium und Vitamin D zu sich, so wie Ihre Ärztin '
                            'oder Ihr Arzt es Ihnen rät.',
                      'ar': 'احصل على ما يكفي من الكالسيوم وفيتامين د، حسب نصيحة طبيبك.'}},
            {'id': 'exercise',
             'group': 'bone_health',
             'source': 'qa_preventive',
             'text': {'en': 'Stay active with exercise on your feet, such as walking.',
                      'zh_TW': '保持活動，做一些站著進行的運動，例如走路。',
                      'es': 'Manténgase en movimiento con ejercicio de pie, como caminar.',
                      'fr': 'Gardez une activité physique debout, comme la marche.',
                      'de': 'Bleiben Sie aktiv mit Bewegung im Stehen und Gehen, zum Beispiel mit '
                            'Spaziergängen.',
                      'ar': 'حافظ على نشاطك بتمارين تقوم بها واقفًا على قدميك، مثل المشي.'}},
            {'id': 'fall_prevention',
             'group': 'bone_health',
             'source': 'bone_follow_up',
             'text': {'en': 'Make your home safer against falls: good light, no loose rugs, and '
                            'handrails where you need them.',
                      'zh_TW': '讓家裡更安全、預防跌倒：照明充足、不要有會滑動的地毯，在需要的地方裝上扶手。',
                      'es': 'Haga su casa más segura contra las caídas: buena luz, ninguna '
                            'alfombra suelta y barras de apoyo donde las necesite.',
                      'fr': 'Rendez votre logement plus sûr contre les chutes\xa0: un bon '
                            'éclairage, pas de tapis qui glissent, et des barres d’appui là où '
                            'vous en avez besoin.',
                      'de': 'Machen Sie Ihre Wohnung sicherer gegen Stürze: gutes Licht, keine '
                            'losen Teppiche und Haltegriffe, wo Sie sie brauchen.',
                      'ar': 'اجعل منزلك أكثر أمانًا من السقوط: إضاءة جيدة، ولا سجاد غير مثبّت، '
                            'ومقابض تستند إليها حيث تحتاج إليها.'}},
            {'id': 'bone_density',
             'group': 'bone_health',
             'source': 'qa_preventive',
             'text': {'en': 'Have your bone density checked regularly. Most new fractures happen '
                            'in the first year.',
                      'zh_TW': '請定期檢查骨密度。大多數新的骨折發生在第一年內。',
                      'es': 'Hágase revisar con regularidad la densidad de sus huesos. La mayoría '
                            'de las fracturas nuevas se producen en el primer año.',
                      'fr': 'Faites contrôler régulièrement votre densité osseuse. La plupart des '
                            'nouvelles fractures surviennent pendant la première année.',
                      'de': 'Lassen Sie Ihre Knochendichte regelmäßig messen. Die meisten neuen '
                            'Brüche treten im ersten Jahr auf.',
                      'ar': 'احرص على فحص كثافة عظامك بانتظام. تحدث معظم الكسور الجديدة في السنة '
                            'الأولى.'}},
            {'id': 'treats_fracture_only',
             'group': 'limits',
             'source': 'cirse_leaflet',
             'text': {'en': 'It treats the fracture, not the osteoporosis that caused it. Talk to '
                            'your doctor about long-term treatment for your bones.',
                      'zh_TW': '它治療的是骨折，而不是造成骨折的骨質疏鬆症。請和您的醫師討論骨骼的長期治療。',
                      'es': 'Trata la fractura, no la osteoporosis que la causó. Hable con su '
                            'médico sobre un tratamiento a largo plazo para sus huesos.',
                      'fr': 'Elle traite la fracture, pas l’ostéoporose qui l’a causée. Parlez à '
                            'votre médecin d’un traitement à long terme pour vos os.',
                      'de': 'Sie behandelt den Bruch, nicht die Osteoporose, die ihn verursacht '
                            'hat. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über eine '
                            'langfristige Behandlung Ihrer Knochen.',
                      'ar': 'يعالج الإجراء الكسر، لا هشاشة العظام التي سببته. تحدّث مع طبيبك عن '
                            'علاج طويل الأمد لعظامك.'}},
            {'id': 'not_preventive',
             'group': 'limits',
             'source': 'qa_preventive',
             'text': {'en': 'It is not done to prevent fractures. In a spine with no fracture, the '
                            'procedure is not recommended, because it has risks.',
                      'zh_TW': '它不是用來預防骨折的。脊椎沒有骨折時，不建議做這項手術，因為手術有風險。',
                      'es': 'No se hace para prevenir fracturas. En una columna sin fracturas, el '
                            'procedimiento no se recomienda, porque tiene riesgos.',
                      'fr': 'On ne la fait pas pour prévenir des fractures. Sur une colonne '
                            'vertébrale sans fracture, l’intervention n’est pas recommandée, car '
                            'elle comporte des risques.',
                      'de': 'Sie wird nicht gemacht, um Brüchen vorzubeugen. Bei einer Wirbelsäule '
                            'ohne Bruch wird der Eingriff nicht empfohlen, weil er Risiken hat.',
                      'ar': 'لا يُجرى الإجراء للوقاية من الكسور. إذا لم يكن في العمود الفقري كسر، '
                            'فلا يُنصح بالإجراء، لأن له مخاطر.'}}],
 'warning_signs': [{'id': 'chest_pain',
                    'urgency': 'emergency',
                    'source': 'warning_signs',
                    'text': {'en': 'Chest pain',
                             'zh_TW': '胸痛',
                             'es': 'Dolor en el pecho',
                             'fr': 'Douleur dans la poitrine',
                             'de': 'Schmerzen in der Brust',
                             'ar': 'ألم في الصدر'}},
                   {'id': 'short_of_breath',
                    'urgency': 'emergency',
                    'source': 'warning_signs',
                    'text': {'en': 'Shortness of breath',
                             'zh_TW': '呼吸急促',
                             'es': 'Dificultad para respirar',
                             'fr': 'Difficulté à respirer',
                             'de': 'Atemnot',
                             'ar': 'ضيق في التنفس'}},
                   {'id': 'bladder_bowels',
                    'urgency': 'emergency',
                    'source': 'warning_signs',
                    'text': {'en': 'Loss of control of your bladder or bowels',
                             'zh_TW': '無法控制小便或大便',
                             'es': 'Pérdida del control de la orina o de las heces',
                             'fr': 'Perte du contrôle des urines ou des selles',
                             'de': 'Verlust der Kontrolle über Blase oder Darm',
                             'ar': 'فقدان التحكم في البول أو البراز'}},
                   {'id': 'legs_arms',
                    'urgency': 'emergency',
                    'source': 'warning_signs',
                    'text': {'en': 'New severe pain, numbness, tingling or weakness in your legs '
                                   'or arms',
                             'zh_TW': '腿部或手臂出現新的劇烈疼痛、麻木、刺痛或無力',
                             'es': 'Aparición de dolor fuerte, entumecimiento, hormigueo o '
                                   'debilidad en las piernas o los brazos',
                             'fr': 'Apparition d’une douleur forte, d’un engourdissement, de '
                                   'fourmillements ou d’une faiblesse dans les jambes ou les bras',
                             'de': 'Neue starke Schmerzen, Taubheit, Kribbeln oder Schwäche in den '
                                   'Beinen oder Armen',
                             'ar': 'ظهور ألم شديد أو خدر أو تنميل أو ضعف جديد في ساقيك أو ذراعيك'}},
                   {'id': 'fever',
                    'urgency': 'call_team',
                    'source': 'warning_signs',
                    'text': {'en': 'Fever of 38 °C (100.4 °F) or higher',
                             'zh_TW': '發燒達 38 °C（100.4 °F）或以上',
                             'es': 'Fiebre de 38 °C (100.4 °F) o más',
                             'fr': 'Fièvre de 38\xa0°C (100,4\xa0°F) ou plus',
                             'de': 'Fieber von 38 °C (100,4 °F) oder höher',
                             'ar': 'حمّى بحرارة ٣٨ درجة مئوية (١٠٠٫٤ درجة فهرنهايت) أو أعلى'}},
                   {'id': 'wound',
                    'urgency': 'call_team',
                    'source': 'warning_signs',
                    'text': {'en': 'Redness, swelling or fluid coming from where the needle went '
                                   'in',
                             'zh_TW': '針刺入的地方發紅、腫脹或有液體流出',
                             'es': 'Enrojecimiento, hinchazón o salida de líquido en el lugar '
                                   'donde entró la aguja',
                             'fr': 'Rougeur, gonflement ou liquide qui s’écoule à l’endroit où '
                                   'l’aiguille est entrée',
                             'de': 'Rötung, Schwellung oder austretende Flüssigkeit an der Stelle, '
                                   'an der die Nadel eingestochen wurde',
                             'ar': 'احمرار أو تورّم أو خروج سائل من مكان دخول الإبرة'}},
                   {'id': 'pain_not_better',
                    'urgency': 'call_team',
                    'source': 'warning_signs',
                    'text': {'en': 'Pain that does not get better',
                             'zh_TW': '疼痛一直沒有好轉',
                             'es': 'Dolor que no mejora',
                             'fr': 'Douleur qui ne s’améliore pas',
                             'de': 'Schmerzen, die nicht besser werden',
                             'ar': 'ألم لا يتحسّن'}}]}
