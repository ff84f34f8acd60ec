using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Experiments;

public static class ExperimentAnalysisErrors
{
    public const string UnknownExperimentCode = "UNKNOWN_EXPERIMENT";
    public const string NotStartedCode = "EXPERIMENT_NOT_STARTED";

    public static DomainException UnknownExperiment(string key) =>
        new(UnknownExperimentCode, $"There is no experiment \"{key}\".");

    public static DomainException NotStarted(string key) =>
        new(NotStartedCode, $"The experiment \"{key}\" is a draft: it has no results until it starts.");
}
