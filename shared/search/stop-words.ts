/**
 * Swedish function words that say nothing about what a text is about. Indexing them would make every
 * block match a query such as "arbete och ansvar" through "och"; they are dropped on both sides.
 * Written for this product: the grammatical words of Swedish (pronouns, articles, prepositions,
 * conjunctions, auxiliaries) and the modal "ska", which stands in nearly every sentence of a governing
 * document. Words that carry meaning in these documents ("mål", "ansvar", "plan") are not in it.
 */
export const SWEDISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `och att det som en ett är av för med till på i den de om har inte var jag du han hon vi ni
   man sig sin sitt sina dess deras vår vårt våra er ert era min mitt mina din ditt dina hans hennes
   denna detta dessa den där här vad vem vilka vilken vilket vars när då så än eller men utan
   under över efter från hos mot vid genom mellan inom utom åt bland kring
   kan ska skall skulle kunde kommer blir blev bli vara varit vore har hade haft
   också även bara redan ju nog väl dock sedan samt både alla allt andra annan annat
   mycket mer mest någon något några ingen inget inga
   ut upp in ned ner fram bort hem
   dem honom henne oss er mig dig sig dem`.split(/\s+/).filter(Boolean),
);
