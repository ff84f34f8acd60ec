namespace KnowledgePay.RecommenderEvaluation.Cli;

public enum SplitKind
{
    Random,
    Time,
    KFold,
}
