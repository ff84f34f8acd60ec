namespace KnowledgePay.Application.Segments.Queries;

public sealed record PropensityModelDto
{
    public int Version { get; init; }

    public DateTimeOffset TrainedAt { get; init; }

    public int TrainingRows { get; init; }

    public int TrainingPositives { get; init; }

    public int EvaluationRows { get; init; }

    public int EvaluationPositives { get; init; }

    public double? Auc { get; init; }

    public bool Published { get; init; }

    public int ScoredUsers { get; init; }

    public string Note { get; init; } = "";
}
