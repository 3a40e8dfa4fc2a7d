/**
 * The nine verschijningsvormen of seed 000 Bijlage 2, each with its own purpose, frequency,
 * criteria, follow-up questions, preconditions, partners and the data set it may record.
 * "VHH" (the Veiligheidshuis' process managers) is staff of the gemeente Maastricht.
 */
import type { CollaborationTable } from '../domain/config/collaboration-config.schema.js';

type DataItem = CollaborationTable['allowedDataSet'][number];
const item = (id: string, label: string, special = false): DataItem => ({ id, label, special });

const NAW_BETROKKENE = item('naw-betrokkene', 'Naam, adres, woonplaats en geboortedatum van betrokkene(n)');
const NAW_VERTEGENWOORDIGER = item('naw-vertegenwoordiger', 'Naam, adres en woonplaats van de wettelijk vertegenwoordiger');
const NAW_GEZIN = item('naw-gezinssysteem', 'Naam, adres en woonplaats van het gezinssysteem');
const SCHOOL = item('school', 'De school of opleiding waar betrokkene staat ingeschreven');
const INRICHTING = item('inrichting', 'De inrichting waar betrokkene is ingesloten/opgenomen', true);
const GEZINSOMSTANDIGHEDEN = item('gezinsomstandigheden', 'De gezinsomstandigheden voor zover noodzakelijk voor de taakuitoefening van het overleg', true);
const RISICOS = item('risicos-negen-leefgebieden', "De risico's, vragen en problemen die de aanleiding vormen, aan de hand van de negen leefgebieden", true);
const NAW_DADER = item('naw-dader', 'Naam, adres, woonplaats en geboortedatum van de dader');
const NAW_SLACHTOFFER = item('naw-slachtoffer', 'Naam, adres, woonplaats en geboortedatum van het slachtoffer');
const NAW_KINDEREN = item('naw-kinderen', 'Naam, adres en woonplaats van de kinderen');
const NAW_ALLE_GEZINSLEDEN = item('naw-alle-gezinsleden', 'Naam, adres, woonplaats en geboortedatum van alle leden van het gezinssysteem');
const HULPVERLENERS = item('betrokken-hulpverleners', 'Overzicht van de reeds betrokken hulpverleners');

const ONDERSTEUNING_VRAGEN = [
  'Is er voldoende ondersteuning op de als problematisch vastgestelde leefgebieden?',
  'Is er wel ingezet maar slaat de zorg niet aan?',
  'Blijkt de inzet ontoereikend?',
  'Is zorg aangeboden maar afgewezen door betrokkene?',
];
const STAGNATIE_CRITERIA = [
  'Er is sprake van complexe problematiek die individueel niet is op te lossen',
  'Er is sprake van stagnatie: partners hebben binnen hun professionele mogelijkheden alles geprobeerd',
  'Het systeem/de persoon kan of wil niet meewerken aan de geboden en ingezette hulp',
];
const URGENT = { kind: 'urgent_interest', text: 'Er is een dringend belang in verband met vrees voor ernstig nadeel voor alle betrokkenen zonder (volledig) gezamenlijk hulpaanbod; het aanbod wordt zo spoedig mogelijk uitgevoerd', before: 'accept' } as const;
/** Bijlage 2 "Criteria" and "Vervolgvragen": the procesmanager screens each case by them before it is taken up (000-R59). */
const SCREENED = { kind: 'screening_recorded', text: 'De procesmanager heeft de casus getoetst aan de criteria en de vervolgvragen van deze overlegtafel en zijn beoordeling vastgelegd', before: 'accept' } as const;
/** Checked before the plan is adopted: every held meeting the subject missed names who informs the subject (000-R69). */
const INFORMANT = { kind: 'outcome_informant_designated', text: 'Er is vastgesteld wie betrokkene informeert over uitkomsten en wijzigingen als die niet zelf aanwezig is', before: 'adopt_plan' } as const;
const COVENANT = { kind: 'covenant_partners_only', text: 'De deelnemers werken bij organisaties die het convenant van het Veiligheidshuis hebben ondertekend' } as const;
const WONINGCORPORATIE_INFO = 'Verhuurde woning en perceel: huur en huurachterstand, klachten van omwonenden, staat van de woning, gedrag van de huurder, observaties van medewerkers over woongedrag; afhandeling toewijzing andere woonruimte';
const POLITIE_INFO = 'Delictsinformatie en informatie uit de landelijke politiesystemen, politiecontacten, deelname aan hinderlijke, overlastgevende of criminele groepen, meldingen huiselijk geweld';

export const MAASTRICHT_TABLES: readonly CollaborationTable[] = [
  {
    id: 'mdo-integrale-aanpak',
    name: 'Multidisciplinair overleg binnen de integrale aanpak (MDO)',
    purpose: 'De leefbaarheid verhogen, een veiligere leef- en woonomgeving creëren en de levenskwaliteit verhogen door het psychosociaal functioneren van individu en samenlevingssysteem te verbeteren met een op maat gesneden aanbod van netwerkpartners.',
    purposeBinding: 'In samenhang en gelijktijdig de problematiek oppakken en de expertise op verschillende leefgebieden bundelen om de effectiviteit van de bemoeienis te optimaliseren.',
    frequency: { description: 'Wisselend van één keer per maand tot per kwartaal, afhankelijk van verloop, zwaarte en vooruitgang', meetingsPerYear: { min: 4, max: 12 } },
    criteria: [
      'Maatschappelijke en psychische teloorgang: ernstige zelfverwaarlozing, stagnerende ontwikkeling, zorgwekkende zorgmijding, vaak met psychiatrische problematiek of middelenafhankelijkheid',
      'Overlast: stelselmatig geluidsoverlast, drugshandel of -teelt, buitensporig alcoholgebruik, vernielingen, verwaarlozing woonomgeving, intimidatie en bedreiging',
      'Criminaliteit: het stelselmatig plegen van strafbare feiten waarvan de samenleving last, angst en dreiging ervaart',
    ],
    followUpQuestions: [
      ...ONDERSTEUNING_VRAGEN,
      'Stagneert het in de samenwerking met andere convenantpartners?',
      'Is er sprake van ernstige overlast en/of criminaliteit?',
      'Is er sprake van verdere teloorgang als het Veiligheidshuis de coördinatie niet opneemt in de integrale aanpak?',
      'Op welke leefgebieden ligt het zwaartepunt van de problematiek?',
      'Is de toestemmingsverklaring uitwisseling gegevens getekend?',
    ],
    preconditions: [
      SCREENED,
      { kind: 'plan_of_approach', text: 'Er is een individueel plan van aanpak, of het overleg heeft tot doel het op te stellen' },
      { kind: 'consent_or_documented_weighing', text: 'Er is een toestemmingsverklaring, of vastgelegd dringend gezondheidsbelang, vrees voor ernstig nadeel of ernstige overlast voor derden', before: 'schedule_rto' },
      COVENANT,
      { kind: 'case_manager_appointed', text: 'Er is een casemanager benoemd die de uitvoering van het plan van aanpak organiseert', before: 'adopt_plan' },
      { kind: 'other', text: 'Betrokkene is zoveel als mogelijk aanwezig bij de overleggen' },
      { kind: 'other', text: 'Wijzigingen in het plan van aanpak worden vastgelegd en belegd bij de zorgverantwoordelijke medewerker' },
      INFORMANT,
    ],
    chair: 'Procesmanager Veiligheidshuis',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['gemeente-maastricht'],
    incidentalPartners: [],
    anyMemberMayJoin: true,
    individualsDiscussed: 'full',
    allowedDataSet: [NAW_BETROKKENE, NAW_VERTEGENWOORDIGER, NAW_GEZIN, SCHOOL, GEZINSOMSTANDIGHEDEN, RISICOS],
    sharedInformation: [],
  },
  {
    id: 'netwerkoverleg-risicojeugd',
    name: 'Netwerkoverleg risicojeugd (Nwo RJ)',
    purpose: 'In een zo vroeg mogelijk stadium met relevante partners jeugdigen bespreken over wie zorg bestaat in opvoeding en/of gedrag, informatie delen over de jeugdige en diens systeem en een traject voor vervolgacties uitzetten.',
    frequency: { description: 'Eén keer in de 14 dagen', meetingsPerYear: { min: 26, max: 26 } },
    criteria: [
      'Jongeren tussen -9 maanden en 23 jaar',
      'Overlast: herhaaldelijk hinderlijk gedrag in openbare ruimte of directe leefomgeving, door een individu of een jongerengroep',
      'Soms in relatie tot maatschappelijke en psychische teloorgang van de jeugdige en/of zijn gezinssysteem (zelfverwaarlozing, schoolverzuim, onttrekken aan gezag, tekortschietende opvoeding)',
    ],
    followUpQuestions: [],
    preconditions: [
      SCREENED,
      { kind: 'urgent_interest', text: 'Meerdere meldingen van overlast of dreigende ontsporing en/of dringend belang wegens vrees voor ernstig nadeel voor de jeugdige', before: 'accept' },
      // One party picks up the case (000-R72): the case director, whose partner leads, before the plan is adopted.
      { kind: 'case_manager_appointed', text: 'Partijen leveren relevante informatie over het gezin; gezamenlijk wordt een aanpak bepaald waarbij één partij de casus oppakt', before: 'adopt_plan' },
      { kind: 'other', text: 'Bij complexe problematiek en stagnerende zorg kan de casus onder regie van het Veiligheidshuis verder worden opgepakt' },
      // Followed until the stagnation is resolved (000-R72): no de-escalation while the plan has open actions or none done.
      { kind: 'progress_made', text: 'De casus wordt gevolgd tot de stagnatie is opgelost en er voortgang is', before: 'deescalate' },
      COVENANT,
    ],
    chair: 'Procesmanager VHH',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['gemeente-maastricht', 'bureau-jeugdzorg-limburg', 'politie-limburg', 'virenze-riagg', 'trajekt', 'raad-kinderbescherming'],
    incidentalPartners: [],
    anyMemberMayJoin: false,
    individualsDiscussed: 'full',
    allowedDataSet: [
      NAW_BETROKKENE,
      NAW_VERTEGENWOORDIGER,
      NAW_GEZIN,
      item('school-woonplaats', 'De school en woonplaats van het gezinssysteem'),
      INRICHTING,
      GEZINSOMSTANDIGHEDEN,
      RISICOS,
    ],
    sharedInformation: [
      { partnerId: 'gemeente-maastricht', description: 'VHH: eerdere meldingen van de jeugdige en/of het gezinssysteem. Afdeling Voortijdig schoolverlaten/Team Jeugd: verzuim en opgelegde maatregelen, observaties en contacten van school' },
      { partnerId: 'bureau-jeugdzorg-limburg', description: 'Informatie uit de begeleiding over (eerdere) bemoeienis, aard van de lopende zorg (kader), gedrag in relatie tot de uitvoering van de maatregel' },
      { partnerId: 'politie-limburg', description: 'Alle relevante informatie uit het politiesysteem waarbij de jeugdige en/of het gezinssysteem betrokken zijn' },
      { partnerId: 'virenze-riagg', description: 'Jeugd-GGZ: alleen of de jeugdige al dan niet bekend is bij de jeugd-GGZ', knownOnly: true },
      { partnerId: 'trajekt', description: 'Jongerenwerk en straathoekwerk: relevante informatie uit contacten met individuele jeugdigen en groepen jongeren uit de buurt' },
    ],
    ageRange: { minMonths: -9, maxYears: 23 },
  },
  {
    id: 'netwerkoverleg-huiselijk-geweld',
    name: 'Netwerkoverleg Huiselijk geweld / zorgmeldingen overleg',
    purpose: 'Op zeer korte termijn na huiselijk geweld en/of bedreigde kindontwikkeling zorg en steun inzetten om de onderliggende problematiek op te lossen en recidive of verdere achteruitgang in de kindontwikkeling te voorkomen.',
    purposeBinding: "Informatie uitwisselen over problemen en risico's achter het huiselijk geweld en/of de bedreigde kindontwikkeling op basis van politiemutaties en zorgmeldingen, en snel samenhangende zorg organiseren voor dader, slachtoffer(s) en kinderen.",
    // VHH and Team Jeugd are both staff of the gemeente Maastricht (000-R74).
    frequency: { description: '4 maal per week: 3 keer intern (VHH en Team Jeugd) en 1 maal extern met alle partners', meetingsPerYear: { min: 208, max: 208 }, composition: { internalPerWeek: 3, internalPartners: ['gemeente-maastricht'] } },
    criteria: [
      'Het plegen van (strafbare feiten door) huiselijk geweld',
      'Een bedreigde ontwikkeling van minderjarigen waarvoor de politie een zorgmelding heeft opgemaakt',
      'Overlast door herhaald huiselijk geweld met invloed op de directe woonomgeving',
      'Soms in relatie tot maatschappelijke en psychische teloorgang binnen het systeem',
    ],
    followUpQuestions: [],
    preconditions: [
      SCREENED,
      // The case starts from the police's mutation or care report (000-R75): the director confirms it in the screening before accepting.
      { kind: 'other', text: 'Er is een politiemutatie over ernstig huiselijk geweld en/of een zorgmelding van de politie wegens vermoeden van bedreigde ontwikkeling van een minderjarige', before: 'accept' },
      { kind: 'subject_informed', text: 'Betrokkenen zijn op de hoogte dat hun situatie in het overleg wordt besproken', before: 'accept' },
      URGENT,
      COVENANT,
      INFORMANT,
    ],
    chair: 'VHH',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['gemeente-maastricht', 'trajekt', 'xonar'],
    incidentalPartners: ['vrouwengezondheidscentrum'],
    anyMemberMayJoin: false,
    individualsDiscussed: 'full',
    allowedDataSet: [NAW_DADER, NAW_SLACHTOFFER, NAW_KINDEREN, NAW_GEZIN, INRICHTING, GEZINSOMSTANDIGHEDEN, RISICOS],
    sharedInformation: [
      { partnerId: 'gemeente-maastricht', description: 'VHH: verrijken van de casus op volledigheid (BRP) en checken op lopende hulptrajecten. Team Jeugd: uitvoering van de zorgmelding en lopende of afgesloten trajecten' },
      { partnerId: 'trajekt', description: 'Maatschappelijk werk (casemanagers HG): lopende of afgesloten trajecten; meedenken over een passend hulpaanbod' },
      { partnerId: 'vrouwengezondheidscentrum', description: 'Lopende of afgesloten trajecten; meedenken over een passend hulpaanbod' },
      { partnerId: 'xonar', description: 'Vrouwenopvang (X VO): lopende of afgesloten trajecten; meedenken over een passend hulpaanbod' },
    ],
  },
  {
    id: 'jco-huiselijk-geweld',
    name: 'Externe triage: Justitieel Casus Overleg (JCO) Huiselijk Geweld',
    purpose: 'Recidive bij plegers van huiselijk geweld terugdringen door maatwerk in de afhandeling van het strafrechtelijk traject.',
    purposeBinding: 'Actuele zaken bespreken en informatie delen tussen justitiële en zorgpartners over daders, slachtoffers en kinderen, om het OM te adviseren over een zo effectief mogelijke strafafdoening met een zorg- en/of straftraject op maat.',
    frequency: { description: 'Eén keer per twee weken', meetingsPerYear: { min: 26, max: 26 } },
    criteria: [
      'Er is sprake van een strafbaar feit in het kader van huiselijk geweld',
      'Soms in relatie tot maatschappelijke en psychische teloorgang van betrokkene en zijn systeem',
    ],
    followUpQuestions: [],
    preconditions: [
      SCREENED,
      { kind: 'covenant_partners_only', text: 'De deelnemers werken bij Justitie of de gemeente Maastricht, bij een organisatie die het convenant heeft ondertekend' },
      INFORMANT,
    ],
    chair: 'VHH',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['gemeente-maastricht', 'om-limburg', 'politie-limburg'],
    incidentalPartners: ['veilig-thuis-zuid-limburg'],
    anyMemberMayJoin: false,
    individualsDiscussed: 'full',
    allowedDataSet: [NAW_DADER, NAW_SLACHTOFFER, NAW_KINDEREN, NAW_GEZIN, INRICHTING, GEZINSOMSTANDIGHEDEN, RISICOS],
    sharedInformation: [],
  },
  {
    id: 'netwerkoverleg-stadsdelen',
    name: 'Netwerkoverleg stadsdelen',
    purpose: 'Vroegtijdig signaleren en de leefbaarheid verhogen, een veiligere leef- en woonomgeving creëren en de levenskwaliteit verhogen met een op maat gesneden aanbod van netwerkpartners; daarnaast het geleverde hulpaanbod monitoren.',
    purposeBinding: 'In samenhang, gelijktijdig en vroegtijdig de problematiek oppakken en de expertise op verschillende leefgebieden bundelen.',
    frequency: { description: 'Twee maal per maand voor de stad Maastricht', meetingsPerYear: { min: 24, max: 24 } },
    criteria: [
      'Meervoudige problematiek: problemen op 2 of meer leefgebieden binnen het systeem, complex en niet eenduidig op te lossen',
      'Stagnatie: partners hebben alles geprobeerd, of het systeem/de persoon kan of wil niet meewerken aan de hulp',
    ],
    followUpQuestions: [
      ...ONDERSTEUNING_VRAGEN,
      'Stagneert het in de samenwerking met andere convenantpartners?',
      'Is er sprake van zorgmijdend gedrag?',
      'Is er sprake van ernstige overlast en/of criminaliteit?',
      'Is er sprake van verdere teloorgang als het Veiligheidshuis de persoon niet opneemt in de integrale aanpak?',
      'Op welk leefgebied(en) ligt het zwaartepunt van de problematiek?',
      'Is de toestemmingsverklaring uitwisseling gegevens getekend?',
    ],
    preconditions: [
      SCREENED,
      { kind: 'subject_informed', text: 'Betrokkenen zijn door de aanmeldende organisatie op de hoogte gebracht van de aanmelding', before: 'accept' },
      URGENT,
      COVENANT,
      INFORMANT,
    ],
    chair: 'Procesmanager VHH',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: [
      'gemeente-maastricht', 'servatius', 'woonpunt', 'maasvallei', 'politie-limburg', 'trajekt', 'kredietbank-limburg',
      'bureau-jeugdzorg-limburg', 'mee-zuid-limburg', 'ggd-zuid-limburg',
    ],
    incidentalPartners: [],
    anyMemberMayJoin: false,
    individualsDiscussed: 'full',
    allowedDataSet: [NAW_ALLE_GEZINSLEDEN, GEZINSOMSTANDIGHEDEN, RISICOS, HULPVERLENERS],
    sharedInformation: [
      { partnerId: 'servatius', description: WONINGCORPORATIE_INFO },
      { partnerId: 'woonpunt', description: WONINGCORPORATIE_INFO },
      { partnerId: 'maasvallei', description: WONINGCORPORATIE_INFO },
      { partnerId: 'politie-limburg', description: `Wijkagent: ${POLITIE_INFO}` },
      { partnerId: 'gemeente-maastricht', description: 'Toezicht en Handhaving: meldingen over klachten, overlast en vervuiling, eigen buurtcontroles. Sociale dienst: inkomen en financiële bijzonderheden. Team Jeugd: registratie van minderjarige gezinsleden, voortgang, status, houding en mogelijk aanbod' },
      { partnerId: 'trajekt', description: 'Maatschappelijk werk: (afgeronde) begeleidingen van leden van het systeem, bereidwilligheid en leerbaarheid' },
      { partnerId: 'kredietbank-limburg', description: 'Financiële bijzonderheden van het systeem en mogelijkheden voor een aanbod' },
      { partnerId: 'bureau-jeugdzorg-limburg', description: 'Registratie van de minderjarige gezinsleden: voortgang, status en houding van cliënt en systeem' },
      { partnerId: 'mee-zuid-limburg', description: 'Registratie van de gezinsleden: voortgang, houding, bijzonderheden van de verstandelijke beperking, mogelijk aanbod' },
      { partnerId: 'ggd-zuid-limburg', description: 'Vangnet: het zorgmijdende systeem of de persoon en mogelijkheden voor een aanbod' },
    ],
  },
  {
    id: 'nazorg-ex-gedetineerden',
    name: 'Nazorg ex-gedetineerden (overleg serviceportal Humanitas)',
    purpose: 'Recidive terugdringen door re-integratie van ex-gedetineerden te bewerkstelligen.',
    purposeBinding: 'Informatie delen die nodig is om problemen op de leefgebieden identiteitsbewijs, zorg, huisvesting, schulden en inkomen terug te dringen en ondersteuning bij re-integratie te organiseren.',
    frequency: { description: 'Wekelijks', meetingsPerYear: { min: 52, max: 52 } },
    criteria: [
      'Problemen op één of meer leefgebieden waarbij, gezien het verleden (criminaliteit, overlast, teloorgang), ondersteuning gewenst is om recidive of overlast te verkleinen en re-integratie te bevorderen',
      'Gerede vrees voor het opnieuw plegen van criminaliteit: strafbare feiten waarvoor een veroordeling en gevangenisstraf is ondergaan',
      'Gerede vrees voor het veroorzaken van overlast',
    ],
    followUpQuestions: [],
    preconditions: [
      SCREENED,
      { kind: 'legal_basis_recorded', text: 'De grondslag voor de gegevensverwerking van elke partij in het overleg is benoemd en vastgelegd', before: 'accept' },
      { kind: 'compatibility_assessed', text: 'De verenigbaarheidstoets heeft in het individuele geval plaatsgevonden en is vastgelegd', before: 'accept' },
      { kind: 'data_minimisation', text: 'Alleen gegevens waarvan de noodzaak onderbouwd is, proportioneel en subsidiair' },
      { kind: 'consent_required', text: 'Betrokkene heeft toestemming verleend voor de verwerking van zijn persoonsgegevens in dit overleg', before: 'accept' },
      { kind: 'plan_of_approach', text: 'Er is een individueel plan van aanpak, of het overleg heeft tot doel het op te stellen; de ex-gedetineerde is zoveel mogelijk betrokken' },
      { kind: 'other', text: 'Wijzigingen in het plan van aanpak worden vastgelegd en belegd bij de zorgverantwoordelijke medewerker' },
      // 000-R81: an informing record that says it was given during detention.
      { kind: 'subject_informed_during_detention', text: 'Betrokkene is tijdens de detentie geïnformeerd over de verwerking in dit overleg', before: 'accept' },
    ],
    chair: 'VHH',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['humanitas', 'gemeente-maastricht'],
    incidentalPartners: [],
    anyMemberMayJoin: true,
    individualsDiscussed: 'full',
    allowedDataSet: [
      NAW_BETROKKENE,
      NAW_VERTEGENWOORDIGER,
      NAW_GEZIN,
      INRICHTING,
      item('school-minderjarige', 'De school of opleiding van betrokkene (bij minderjarigen)'),
      item('leef-gezinsomstandigheden', 'De leef- en gezinsomstandigheden van betrokkene', true),
      RISICOS,
      item('delictgegevens-forensische-titel', 'Informatie over alle leefgebieden en relevante delictgegevens waaronder de forensische titel, met het oog op een juiste plaatsing', true),
    ],
    sharedInformation: [],
  },
  {
    id: 'casusoverleg-jeugd-eijsden-margraten',
    name: 'Casusoverleg Jeugd Eijsden-Margraten',
    purpose: 'De zorg voor kinderen (0-23 jaar) laagdrempelig en efficiënter regelen: kind en ouders centraal, bijtijds erbij, eigen kracht versterken, één gezin - één plan - één regisseur.',
    purposeBinding: 'Integrale ketensamenwerking bij complexe enkelvoudige of meervoudige problematiek en het coördineren van de noodzakelijke ondersteuning voor kinderen, jongeren en hun ouders of verzorgers.',
    frequency: { description: 'Circa 12 overlegmomenten per jaar', meetingsPerYear: { min: 12, max: 12 } },
    criteria: [
      'Complexe enkelvoudige of meervoudige problematiek bij kinderen, jongeren en ouders die alleen in samenwerking tussen onderwijs en zorg adequaat kan worden aangepakt',
      'De begeleiding en ondersteuning is gericht op een optimale ontwikkeling van het kind of de jongere',
      'De participanten zijn ieder vanuit eigen verantwoordelijkheid en deskundigheid betrokken',
      'Kind, jongere en ouders zijn gebaat bij samenwerking volgens één gezin - één plan - één regisseur',
      'Kind, jongere en ouders zijn gebaat bij een effectieve en efficiënte begeleiding en ondersteuning',
    ],
    followUpQuestions: [
      'Is gegevensuitwisseling van evident belang: matige tot ernstige bedreiging van gezondheid, ontwikkeling of veiligheid, of vrees voor ernstig nadeel?',
      'Subsidiariteit: is dit de minst ingrijpende gegevensuitwisseling?',
      'Proportionaliteit: staan hoeveelheid en aard van de uitwisseling in verhouding tot het doel?',
      'Heeft betrokkene ondubbelzinnig toestemming gegeven, en zo niet, geldt een uitzondering (strafbare feiten voorkomen, bescherming en veiligheid van jeugdigen, rechten en vrijheden van anderen)?',
      'Is betrokkene geïnformeerd over de gegevensdeling?',
    ],
    preconditions: [
      SCREENED,
      { kind: 'consent_or_documented_weighing', text: 'Toestemming vastgelegd in een getekende verklaring, of een van de uitzonderingen van de checklist', before: 'schedule_rto' },
      { kind: 'data_minimisation', text: 'Gegevensdeling niet standaard maar per casus; alleen "need to know"-informatie' },
      { kind: 'other', text: 'Onder regie van de procesmanager Jeugd van de gemeente Eijsden-Margraten' },
    ],
    chair: 'Procesmanager Jeugd, gemeente Eijsden-Margraten',
    responsibleOfficer: { title: 'Procesmanager Jeugd, gemeente Eijsden-Margraten', partnerId: 'gemeente-eijsden-margraten' },
    structuralPartners: ['gemeente-eijsden-margraten', 'ggd-zuid-limburg', 'envida', 'mee-zuid-limburg', 'trajekt', 'radar'],
    incidentalPartners: ['st-joseph', 'virenze-riagg', 'xonar', 'bureau-jeugdzorg-limburg', 'politie-limburg'],
    anyMemberMayJoin: false,
    separateCovenant: 'Convenant "Zorg voor Jeugd" Eijsden-Margraten, ondertekend 12 maart 2014 door alle deelnemende partijen',
    // 000-R83: Envida signed "Zorg voor Jeugd", not this covenant: a partner at this table only.
    separateCovenantPartners: ['envida'],
    consentExceptions: [
      { id: 'voorkoming-strafbare-feiten', text: 'a. Ter voorkoming van strafbare feiten' },
      { id: 'bescherming-jeugdigen', text: 'b. In het belang van bescherming en veiligheid van jeugdige(n) en/of de omgeving' },
      { id: 'rechten-vrijheden-anderen', text: 'c. In het belang van rechten en vrijheden van anderen' },
    ],
    individualsDiscussed: 'full',
    allowedDataSet: [item('aanmeldformulier', 'Aanmeldformulier Casusoverleg Jeugd Eijsden-Margraten', true)],
    sharedInformation: [],
    ageRange: { minMonths: 0, maxYears: 23 },
  },
  {
    id: 'oov-eijsden-margraten',
    name: 'Openbare Orde en Veiligheid gemeente Eijsden-Margraten',
    purpose: 'Een veilige leef- en woonomgeving creëren wanneer de openbare orde en veiligheid in het geding is, door samenwerking van netwerkpartners in de hulpverlening inclusief coördinatie.',
    purposeBinding: 'In samenhang en zo spoedig mogelijk gelijktijdig de problematiek oppakken en de expertise op verschillende leefgebieden bundelen.',
    frequency: { description: 'Circa 8 overlegmomenten per jaar', meetingsPerYear: { min: 8, max: 8 } },
    criteria: STAGNATIE_CRITERIA,
    followUpQuestions: [
      ...ONDERSTEUNING_VRAGEN,
      'Is er sprake van ernstige overlast en/of criminaliteit?',
      'Op welk leefgebied(en) ligt het zwaartepunt van de problematiek?',
    ],
    preconditions: [SCREENED, URGENT, INFORMANT],
    chair: 'Procesmanager Veiligheidshuis',
    responsibleOfficer: { title: 'Procesmanager Veiligheidshuis', partnerId: 'gemeente-maastricht' },
    structuralPartners: ['servatius', 'woonpunt', 'politie-limburg', 'trajekt', 'gemeente-eijsden-margraten', 'ggd-zuid-limburg', 'mondriaan', 'gemeente-maastricht'],
    incidentalPartners: [],
    anyMemberMayJoin: false,
    individualsDiscussed: 'full',
    allowedDataSet: [NAW_ALLE_GEZINSLEDEN, GEZINSOMSTANDIGHEDEN, item('risicos', "De risico's, vragen en problemen van betrokkene of het systeem die de aanleiding vormen", true), HULPVERLENERS],
    sharedInformation: [
      { partnerId: 'servatius', description: WONINGCORPORATIE_INFO },
      { partnerId: 'woonpunt', description: WONINGCORPORATIE_INFO },
      { partnerId: 'politie-limburg', description: POLITIE_INFO },
      { partnerId: 'trajekt', description: 'Maatschappelijk werk: (afgeronde) begeleidingen van leden van het systeem, bereidwilligheid en leerbaarheid' },
      { partnerId: 'gemeente-eijsden-margraten', description: 'Sociale dienst: inkomen en financiële bijzonderheden. Procesmanager Jeugd: problematiek binnen het sociaal domein' },
      { partnerId: 'ggd-zuid-limburg', description: 'Vangnet: het zorgmijdende systeem of de persoon' },
      { partnerId: 'mondriaan', description: 'Behandeling van personen met psychische of psychiatrische klachten, verslavingszorg en forensische psychiatrie' },
      { partnerId: 'gemeente-maastricht', description: 'Procesmanager Veiligheidshuis: advies over complexe problematiek en de persoonsgerichte aanpak van veel- en meerplegers, multiproblematiek, huiselijk geweld en nazorg gedetineerden' },
    ],
  },
  {
    id: 'pjo-eijsden-margraten',
    name: 'Preventief jeugdgroepen overleg (PJO) Eijsden-Margraten',
    purpose: 'Preventieve en structurele groepsaanpak van jeugdoverlast: jeugdgroepen en de bijbehorende actie en aanpak bespreken, preventief en repressief.',
    frequency: { description: 'Circa 8-10 overlegmomenten per jaar', meetingsPerYear: { min: 8, max: 10 } },
    criteria: STAGNATIE_CRITERIA,
    followUpQuestions: [
      'Speelt er binnen een groep problematiek bij een individu? Dan wordt alleen bepaald waar de casus wordt opgepakt: OOV of casusoverleg jeugd',
    ],
    preconditions: [
      SCREENED,
      { kind: 'other', text: 'Weigering van hulp', before: 'accept' },
      { kind: 'other', text: 'Er is sprake van ernstige zorg voor het individu en/of zijn of haar omgeving', before: 'accept' },
    ],
    chair: 'Gemeente Eijsden-Margraten (ambtenaren OOV en Welzijn)',
    responsibleOfficer: { title: 'Ambtenaren OOV en Welzijn, gemeente Eijsden-Margraten', partnerId: 'gemeente-eijsden-margraten' },
    structuralPartners: ['politie-limburg', 'trajekt', 'gemeente-eijsden-margraten'],
    incidentalPartners: [],
    anyMemberMayJoin: false,
    individualsDiscussed: 'routing_only',
    minutesSharedWith: ['casusoverleg-jeugd-eijsden-margraten'],
    allowedDataSet: [item('vergaderdocument-pjo', 'Vergaderdocument PJO (jeugdgroepen; individuen alleen voor de routering)')],
    sharedInformation: [],
  },
];
