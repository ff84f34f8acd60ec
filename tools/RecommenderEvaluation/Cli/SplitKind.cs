namespace KnowledgePay.RecommenderEvaluation.Cli;

public enum SplitKind
{
    Random,
    Time,
    KFold,
    UserHoldout,
    ItemHoldout,

    /// <summary>The <c>--train</c>/<c>--test</c> files as given.</summary>
    Fixed,
}
