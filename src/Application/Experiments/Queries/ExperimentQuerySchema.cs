using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Queries;

/// <summary>What the admins' list of experiments may be filtered and sorted by.</summary>
public static class ExperimentQuerySchema
{
    public static FilterSchema<Experiment> Filter { get; } = new FilterSchema<Experiment>("Experiment")
        .Field("status", e => e.Status, FilterValueKind.Enum, "Draft, running or stopped.")
        .Field("surface", e => e.Surface, FilterValueKind.Enum, "What it varies.")
        .Field("layer", e => e.Layer, FilterValueKind.String, "The layer whose users it shares out with others.")
        .Field("createdAt", e => e.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Experiment> Sort { get; } = new SortSchema<Experiment>("Experiment")
        .Field("createdAt", e => e.CreatedAt, "Newest first with DESC.")
        .Field("startedAt", e => e.StartedAt);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
