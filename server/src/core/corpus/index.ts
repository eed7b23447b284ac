// Cross-file index: duplicate articles and one quantity stated with different values.
export { signArticle, signArticles, signFiles, type ArticleSignature, type CorpusFile } from "./articleSignature";
export { findDuplicateArticles, matchDuplicates, type DuplicateGroup, type DuplicateMember, type DuplicateRelation } from "./duplicateMatch";
export { findFigureConflicts, type FigureConflict, type FigurePlace } from "./figureConflicts";
export { listCrossReferences, type CrossReferences, type Place } from "./crossReferences";
export { CorpusIndex } from "./corpusIndex";
