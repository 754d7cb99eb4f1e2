import type { ConflictType } from '../vocab/vocabularies.js';
import { provisionText, type CatalogueText, type ProvisionText, type ProvisionTextDraft } from './catalogue-text.js';

/**
 * The legal catalogue in French. The summaries are Dossier's own, translated from the English of
 * catalogue-art7.ts and catalogue-art8.ts (not the French text of the Elements of Crimes); the words of the law
 * are those of the French text of the Rome Statute and of the Elements (« crime contre l’humanité », « crime de
 * guerre », « conflit armé ne présentant pas un caractère international », « l’auteur »). Articles are cited as
 * the Court cites them in French: article 8-2-b-ix.
 */

const CONFLICT_WORDS: Record<ConflictType, string> = {
  international: 'un conflit armé international',
  non_international: 'un conflit armé ne présentant pas un caractère international',
};

function warCrime(conflictType: ConflictType, draft: ProvisionTextDraft): ProvisionText {
  return provisionText(draft, [
    `Le comportement a eu lieu dans le contexte de et était associé à ${CONFLICT_WORDS[conflictType]}.`,
    'L’auteur avait connaissance des circonstances de fait établissant l’existence d’un conflit armé.',
  ]);
}

function crimeAgainstHumanity(draft: ProvisionTextDraft): ProvisionText {
  return provisionText(draft, [
    'Le comportement s’inscrivait dans le cadre d’une attaque généralisée ou systématique lancée contre une population civile, c’est-à-dire d’une ligne de conduite adoptée en application ou dans la poursuite de la politique d’un État ou d’une organisation.',
    'L’auteur savait que ce comportement faisait partie d’une telle attaque, ou entendait qu’il en fasse partie.',
  ]);
}

const TORTURE_CONDUCT = 'L’auteur a infligé à une ou plusieurs personnes une douleur ou des souffrances aiguës, physiques ou mentales.';
const TORTURE_PURPOSE =
  'L’auteur a agi ainsi dans un but tel que l’obtention de renseignements ou d’aveux, la punition, l’intimidation ou la contrainte, ou pour un motif fondé sur une forme de discrimination.';
const KILLED = 'L’auteur a tué une ou plusieurs personnes.';
const NOT_TAKING_PART = 'Ces personnes étaient hors de combat, ou étaient des civils, des membres du personnel sanitaire ou religieux ne prenant pas activement part aux hostilités.';
const AWARE_OF_STATUS = 'L’auteur avait connaissance des faits établissant ce statut.';

const GRAVE_BREACH_PROTECTED_PERSONS = [
  'Ces personnes étaient protégées par une ou plusieurs des Conventions de Genève de 1949.',
  'L’auteur avait connaissance des faits établissant ce statut de personne protégée.',
];
const ATTACKING_CIVILIANS = [
  'L’auteur a dirigé une attaque.',
  'L’attaque visait une population civile en tant que telle ou des civils qui ne participaient pas directement aux hostilités.',
  'L’auteur entendait prendre ces civils pour cible de l’attaque.',
];
const ATTACKING_HUMANITARIAN_MISSION = [
  'L’auteur a dirigé une attaque.',
  'L’attaque visait le personnel, les installations, le matériel, les unités ou les véhicules d’une mission d’aide humanitaire ou de maintien de la paix conforme à la Charte des Nations Unies.',
  'L’auteur entendait les prendre pour cible de l’attaque.',
  'Ils avaient droit à la protection que le droit des conflits armés accorde aux civils ou aux biens de caractère civil.',
  'L’auteur avait connaissance des faits établissant cette protection.',
];
const ATTACKING_PROTECTED_BUILDINGS = [
  'L’auteur a dirigé une attaque.',
  'L’attaque visait un ou plusieurs bâtiments consacrés à la religion, à l’enseignement, à l’art, à la science ou à l’action caritative, des monuments historiques, des hôpitaux ou des lieux où des malades et des blessés sont rassemblés, et ils n’étaient pas des objectifs militaires.',
  'L’auteur entendait prendre ces bâtiments pour cible de l’attaque.',
];
const ATTACKING_EMBLEM_USERS = [
  'L’auteur a attaqué des personnes, des bâtiments, des unités ou des moyens de transport sanitaires ou d’autres biens qui utilisaient, comme le droit international le permet, un signe distinctif ou un autre mode d’identification indiquant la protection prévue par les Conventions de Genève.',
  'L’auteur entendait prendre pour cible de l’attaque ces personnes ou ces biens ainsi identifiés.',
];
const POISON = [
  'L’auteur a employé une substance, ou une arme qui libère une substance lorsqu’elle est employée.',
  'Dans le cours normal des événements, cette substance cause la mort ou une atteinte grave à la santé par ses propriétés toxiques.',
];
const GASES = [
  'L’auteur a employé un gaz ou une autre substance ou un autre dispositif analogue.',
  'Dans le cours normal des événements, ce gaz, cette substance ou ce dispositif cause la mort ou une atteinte grave à la santé par ses propriétés asphyxiantes ou toxiques.',
];
const STARVATION = [
  'L’auteur a privé des civils de biens indispensables à leur survie, y compris en empêchant intentionnellement l’envoi des secours.',
  'L’auteur entendait affamer des civils comme méthode de guerre.',
];
const adversaryProperty = (adversary: string): string[] => [
  'L’auteur a détruit ou saisi certains biens.',
  `Ces biens appartenaient à ${adversary}.`,
  'Le droit des conflits armés protégeait ces biens contre la destruction ou la saisie.',
  'L’auteur avait connaissance des faits établissant le statut de ces biens.',
  'Les nécessités militaires n’exigeaient pas cette destruction ou cette saisie.',
];

const PROTECTED_BUILDING_NOTES = [
  'Un hôpital ne perd sa protection que s’il est utilisé, en dehors de sa fonction humanitaire, pour commettre des actes nuisibles à l’ennemi, et (selon le droit international humanitaire) normalement seulement après une sommation restée sans effet : toute affirmation selon laquelle il s’agissait d’un objectif militaire doit être évaluée comme une simple affirmation.',
];
const EMBLEM_NOTES = [
  'Suppose que le signe distinctif ou un autre mode d’identification reconnu ait été utilisé ; pour des hôpitaux qui n’en portaient pas, envisager l’article 8-2-b-ix ou 8-2-e-iv.',
];
const KAMPALA_2010 = 'l’amendement de Kampala à l’article 8 (2010)';
const STARVATION_2019 = 'l’amendement à l’article 8 relatif à l’affamement dans les conflits armés ne présentant pas un caractère international (2019)';
const SYRIA_NOT_PARTY =
  'La Syrie n’est pas un État partie : la Cour ne pourrait agir que sur renvoi du Conseil de sécurité ou au vu d’une déclaration faite en vertu de l’article 12-3, et la question de savoir si l’amendement s’appliquerait alors n’est pas tranchée.';
const amendmentNote = (amendment: string) => `Ajouté par ${amendment} ; ne s’applique qu’à l’égard des États qui l’ont ratifié. ${SYRIA_NOT_PARTY}`;

export const CATALOGUE_TEXT_FR: CatalogueText = {
  // Crimes against humanity, art. 7-1.
  'rs-7-1-a': crimeAgainstHumanity({
    title: 'Crime contre l’humanité de meurtre',
    elements: ['L’auteur a tué (causé la mort d’) une ou plusieurs personnes.'],
    notes: ['S’applique en temps de paix comme en temps de guerre, dans l’un ou l’autre type de conflit ; aucun lien avec un conflit armé n’est requis.'],
  }),
  'rs-7-1-d': crimeAgainstHumanity({
    title: 'Déportation ou transfert forcé de population',
    elements: [
      'L’auteur a déplacé une ou plusieurs personnes vers un autre État ou un autre lieu, par l’expulsion ou par d’autres moyens coercitifs (menaces, crainte de violences, détention, climat de coercition), sans motifs admis en droit international.',
      'Ces personnes étaient présentes légalement dans la zone d’où elles ont été déplacées.',
      'L’auteur avait connaissance des faits qui rendaient leur présence légale.',
    ],
    notes: ['Le franchissement d’une frontière d’État en fait une déportation ; le déplacement de personnes à l’intérieur d’un pays est un transfert forcé (voir le champ sur le franchissement d’une frontière).'],
  }),
  'rs-7-1-e': crimeAgainstHumanity({
    title: 'Emprisonnement ou autre forme de privation grave de liberté physique',
    elements: [
      'L’auteur a emprisonné une ou plusieurs personnes ou les a autrement privées gravement de leur liberté physique.',
      'La privation de liberté était d’une gravité telle qu’elle violait des règles fondamentales du droit international.',
      'L’auteur avait connaissance des faits établissant cette gravité.',
    ],
  }),
  'rs-7-1-f': crimeAgainstHumanity({
    title: 'Crime contre l’humanité de torture',
    elements: [
      TORTURE_CONDUCT,
      'Ces personnes étaient détenues par l’auteur ou placées sous son contrôle.',
      'La douleur ou les souffrances ne résultaient pas uniquement de sanctions légales et n’étaient pas inhérentes à de telles sanctions ni occasionnées par elles.',
    ],
    notes: ['Contrairement au crime de guerre de torture, il n’est pas nécessaire d’établir un but particulier.'],
  }),
  'rs-7-1-h': crimeAgainstHumanity({
    title: 'Persécution',
    elements: [
      'L’auteur a gravement privé une ou plusieurs personnes de droits fondamentaux, en violation du droit international.',
      'L’auteur les a prises pour cible en raison de leur appartenance à un groupe ou à une collectivité identifiable, ou a pris pour cible le groupe en tant que tel.',
      'Ce ciblage était fondé sur des motifs d’ordre politique, racial, national, ethnique, culturel, religieux ou sexiste, ou sur d’autres critères universellement reconnus comme inadmissibles en droit international.',
      'Le comportement était commis en corrélation avec un autre acte visé à l’article 7-1 ou avec un autre crime relevant de la compétence de la Cour.',
    ],
  }),
  'rs-7-1-i': crimeAgainstHumanity({
    title: 'Disparition forcée de personnes',
    elements: [
      'L’auteur a arrêté, détenu ou enlevé une ou plusieurs personnes, ou a refusé de reconnaître cette privation de liberté ou de donner des informations sur leur sort ou sur le lieu où elles se trouvent.',
      'La privation de liberté s’est accompagnée ou a été suivie de ce refus (ou le refus a été précédé ou accompagné de la privation de liberté).',
      'L’auteur savait que la privation de liberté serait, dans le cours normal des événements, suivie d’un tel refus, ou que le refus s’accompagnait d’une privation de liberté.',
      'La privation de liberté a été le fait d’un État ou d’une organisation politique, ou a été commise avec son autorisation, son appui ou son assentiment.',
      'Le refus a été le fait de cet État ou de cette organisation politique, ou a été opposé avec son autorisation ou son appui.',
      'L’auteur entendait soustraire ces personnes à la protection de la loi pendant une période prolongée.',
    ],
  }),
  'rs-7-1-k': crimeAgainstHumanity({
    title: 'Autres actes inhumains',
    elements: [
      'Par un acte inhumain, l’auteur a causé de grandes souffrances ou des atteintes graves à l’intégrité physique ou à la santé physique ou mentale.',
      'L’acte avait un caractère (nature et gravité) analogue à celui des autres actes visés à l’article 7-1.',
      'L’auteur avait connaissance des faits établissant le caractère de l’acte.',
    ],
  }),

  // War crimes in international armed conflict, art. 8-2-a and 8-2-b.
  'rs-8-2-a-i': warCrime('international', {
    title: 'Homicide intentionnel (infraction grave)',
    elements: [KILLED, ...GRAVE_BREACH_PROTECTED_PERSONS],
  }),
  'rs-8-2-a-ii-1': warCrime('international', {
    title: 'Torture (infraction grave)',
    elements: [TORTURE_CONDUCT, TORTURE_PURPOSE, ...GRAVE_BREACH_PROTECTED_PERSONS],
  }),
  'rs-8-2-a-iv': warCrime('international', {
    title: 'Destruction ou appropriation de biens sur une grande échelle (infraction grave)',
    elements: [
      'L’auteur a détruit certains biens ou se les est appropriés.',
      'Cette destruction ou cette appropriation n’était pas justifiée par des nécessités militaires.',
      'La destruction ou l’appropriation a été exécutée sur une grande échelle et de façon arbitraire.',
      'Ces biens étaient protégés par une ou plusieurs des Conventions de Genève de 1949.',
      'L’auteur avait connaissance des faits établissant ce statut de bien protégé.',
    ],
    otherConflictAdvice: 'envisager l’article 8-2-e-xii, destruction ou saisie des biens d’un adversaire',
  }),
  'rs-8-2-a-vii-1': warCrime('international', {
    title: 'Déportation ou transfert illégal (infraction grave)',
    elements: ['L’auteur a déporté ou transféré une ou plusieurs personnes vers un autre État ou un autre lieu.', ...GRAVE_BREACH_PROTECTED_PERSONS],
  }),
  'rs-8-2-b-i': warCrime('international', { title: 'Attaques contre des civils', elements: ATTACKING_CIVILIANS }),
  'rs-8-2-b-ii': warCrime('international', {
    title: 'Attaques contre des biens de caractère civil',
    elements: [
      'L’auteur a dirigé une attaque.',
      'L’attaque visait des biens de caractère civil, c’est-à-dire des biens qui ne sont pas des objectifs militaires.',
      'L’auteur entendait prendre ces biens de caractère civil pour cible de l’attaque.',
    ],
    otherConflictAdvice:
      'pour les conflits armés ne présentant pas un caractère international, le Statut ne prévoit pas de crime d’attaque contre des biens de caractère civil en tant que tels — envisager l’article 8-2-e-xii (destruction de biens) ou 8-2-e-iv lorsque les biens sont protégés',
  }),
  'rs-8-2-b-iii': warCrime('international', {
    title: 'Attaques contre le personnel ou les biens d’une mission d’aide humanitaire ou de maintien de la paix',
    elements: ATTACKING_HUMANITARIAN_MISSION,
  }),
  'rs-8-2-b-iv': warCrime('international', {
    title: 'Attaque disproportionnée (pertes en vies humaines, blessures ou dommages incidents excessifs)',
    elements: [
      'L’auteur a lancé une attaque.',
      'L’attaque était de nature à causer incidemment des pertes en vies humaines ou des blessures parmi la population civile, des dommages aux biens de caractère civil ou des dommages étendus, durables et graves à l’environnement naturel, manifestement excessifs par rapport à l’ensemble de l’avantage militaire concret et direct attendu.',
      'L’auteur savait que l’attaque causerait de tels dommages et qu’ils seraient manifestement excessifs.',
    ],
    notes: ['Le caractère excessif s’apprécie au regard de ce que l’auteur pouvait savoir au moment des faits, et non du résultat.'],
    otherConflictAdvice:
      'pour les conflits armés ne présentant pas un caractère international, le Statut ne prévoit pas de crime consistant à lancer une attaque disproportionnée — envisager l’article 8-2-e-i lorsque les civils étaient la cible de l’attaque, ou le dommage lui-même (meurtre, article 8-2-c-i ; article 7)',
  }),
  'rs-8-2-b-ix': warCrime('international', {
    title: 'Attaques contre des hôpitaux, des écoles, des lieux de culte et d’autres bâtiments protégés',
    elements: ATTACKING_PROTECTED_BUILDINGS,
    notes: PROTECTED_BUILDING_NOTES,
  }),
  'rs-8-2-b-xiii': warCrime('international', { title: 'Destruction ou saisie des biens de l’ennemi', elements: adversaryProperty('une partie adverse') }),
  'rs-8-2-b-xvii': warCrime('international', { title: 'Emploi de poison ou d’armes empoisonnées', elements: POISON }),
  'rs-8-2-b-xviii': warCrime('international', { title: 'Emploi de gaz asphyxiants, toxiques ou similaires', elements: GASES }),
  'rs-8-2-b-xxiv': warCrime('international', {
    title: 'Attaques contre des personnes ou des biens utilisant les signes distinctifs des Conventions de Genève',
    elements: ATTACKING_EMBLEM_USERS,
    notes: EMBLEM_NOTES,
  }),
  'rs-8-2-b-xxv': warCrime('international', { title: 'Affamement des civils comme méthode de guerre', elements: STARVATION }),

  // War crimes in armed conflict not of an international character, art. 8-2-c and 8-2-e.
  'rs-8-2-c-i-1': warCrime('non_international', {
    title: 'Meurtre de personnes ne prenant pas activement part aux hostilités',
    elements: [KILLED, NOT_TAKING_PART, AWARE_OF_STATUS],
  }),
  'rs-8-2-c-i-4': warCrime('non_international', {
    title: 'Torture de personnes ne prenant pas activement part aux hostilités',
    elements: [TORTURE_CONDUCT, TORTURE_PURPOSE, NOT_TAKING_PART, AWARE_OF_STATUS],
  }),
  'rs-8-2-e-i': warCrime('non_international', { title: 'Attaques contre des civils', elements: ATTACKING_CIVILIANS }),
  'rs-8-2-e-ii': warCrime('non_international', {
    title: 'Attaques contre des personnes ou des biens utilisant les signes distinctifs des Conventions de Genève',
    elements: ATTACKING_EMBLEM_USERS,
    notes: EMBLEM_NOTES,
  }),
  'rs-8-2-e-iii': warCrime('non_international', {
    title: 'Attaques contre le personnel ou les biens d’une mission d’aide humanitaire ou de maintien de la paix',
    elements: ATTACKING_HUMANITARIAN_MISSION,
  }),
  'rs-8-2-e-iv': warCrime('non_international', {
    title: 'Attaques contre des hôpitaux, des écoles, des lieux de culte et d’autres bâtiments protégés',
    elements: ATTACKING_PROTECTED_BUILDINGS,
    notes: PROTECTED_BUILDING_NOTES,
  }),
  'rs-8-2-e-viii': warCrime('non_international', {
    title: 'Ordre de déplacement de la population civile',
    elements: [
      'L’auteur a ordonné le déplacement d’une population civile.',
      'L’ordre n’était justifié ni par la sécurité des civils concernés ni par des nécessités militaires.',
      'L’auteur était en mesure de provoquer ce déplacement en donnant cet ordre.',
    ],
  }),
  'rs-8-2-e-xii': warCrime('non_international', { title: 'Destruction ou saisie des biens d’un adversaire', elements: adversaryProperty('un adversaire') }),
  'rs-8-2-e-xiii': warCrime('non_international', { title: 'Emploi de poison ou d’armes empoisonnées', elements: POISON, notes: [amendmentNote(KAMPALA_2010)] }),
  'rs-8-2-e-xiv': warCrime('non_international', { title: 'Emploi de gaz asphyxiants, toxiques ou similaires', elements: GASES, notes: [amendmentNote(KAMPALA_2010)] }),
  'rs-8-2-e-xix': warCrime('non_international', { title: 'Affamement des civils comme méthode de guerre', elements: STARVATION, notes: [amendmentNote(STARVATION_2019)] }),
};
