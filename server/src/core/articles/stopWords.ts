// English function words and generic blog vocabulary: they occur in every post, so they say
// nothing about whether two paragraphs share a topic.
export const STOP_WORDS = new Set(`
a about above after again against all also although always am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing done down
during each either else enough even ever every few first for from further get gets getting given gives
go goes had has have having he her here hers herself him himself his how however i if in into is it its
itself just last less let like made make makes making many may me might more most much must my myself
need needs new next no nor not now of off often on once one only onto or other others otherwise our ours
ourselves out over own per perhaps put rather really same see seen several shall she should since so some
still such take takes than that the their theirs them themselves then there these they this those
though through thus to together too toward towards two under until up upon us use used uses using very
via was way ways we well were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself also able across actually already another anything
become becomes better big called cases certain come comes different does doesn don each especially etc
example examples find found four going good great help helps high however important including instead
know large largely lot low mean means more near often part particular possible provide provides
recent recently right say says second show shows shown significant significantly simply since small
three today two work works year years first new time times based set sets approach approaches result
results well within would whether i’m we’re it’s that’s there’s don’t can’t we’ve they’re you’re
`.split(/\s+/).filter(Boolean));
