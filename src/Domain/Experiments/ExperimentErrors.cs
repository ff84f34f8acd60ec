using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Experiments;

public static class ExperimentErrors
{
    public const string InvalidExperimentCode = "INVALID_EXPERIMENT";
    public const string ExperimentNotRunningCode = "EXPERIMENT_NOT_RUNNING";

    public static DomainException Invalid(string message) => new(InvalidExperimentCode, message);

    public static DomainException NotRunning(string key) =>
        new(ExperimentNotRunningCode, $"The experiment \"{key}\" is not running.");
}
