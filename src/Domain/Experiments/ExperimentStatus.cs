namespace KnowledgePay.Domain.Experiments;

public enum ExperimentStatus
{
    Draft,
    Running,
    Stopped,
}
