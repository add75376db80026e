/**
 * Common English words a user might also use as a skill's name ("Dash", "Spark", "Beam",
 * "Chef"): an own skill named by one of them needs the same context as the catalogue's
 * ambiguous words before it counts (see ./extra-skills.ts). Lower case, sorted. The catalogue
 * keeps its own per-word rules in ./matcher/rules.ts; those apply to own skills too.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  (
    'access act action agent air apex arrow atlas base beam bear bee bird black block blue board ' +
    'bolt book box brain bridge build bus cache camel canvas car card care case cell chain chart ' +
    'check chef circle click cloud coach code comet compass core craft crew cube cursor dash data ' +
    'delta design dew docs dot draft drive drop eagle echo edge engine express fabric falcon feast ' +
    'field fire flow flux focus forge form frame fuse gate gem ghost glue gold graph green grid ' +
    'guard guide harbor hawk helm hive hook hub ink iris jet key kit lab lake lambda lead lens level ' +
    'light line link lion lock loop lumen macro map mark mesh meteor mint mode monitor motion nest net ' +
    'node note oak ocean office orbit order pack page panel path pen pilot pipe pivot plan play ' +
    'point polar pool port post prism pulse puppet quest rain range raven react reach record relay ' +
    'rest ring river rock root rover rush sage salt scale scope score seed sense shape sheet shield ' +
    'ship sign signal slack snap solid sound spark spring square stack stage star storm stream ' +
    'stripe studio sun table task team tide tile time tower track trail tree trust turbo unity vault ' +
    'vector view vision wave web wing word work yarn zone'
  ).split(' '),
);
