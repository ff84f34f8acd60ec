using System.Collections.Immutable;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The models trained with an algorithm other than the served one (<see cref="ServedAlgorithm"/>) for a recommender
/// experiment's arms, one per algorithm. Like <see cref="RecommenderModelHolder"/>, a newer model replaces an algorithm's
/// model with one reference swap.
/// </summary>
public sealed class ArmModelHolder(RecommenderAlgorithm servedAlgorithm)
{
    private ImmutableDictionary<RecommenderAlgorithm, RecommenderModel> _models = ImmutableDictionary<RecommenderAlgorithm, RecommenderModel>.Empty;

    /// <summary>The algorithm of the model <see cref="RecommenderModelHolder"/> serves (<c>Recommendations:Algorithm</c>).</summary>
    public RecommenderAlgorithm ServedAlgorithm { get; } = servedAlgorithm;

    /// <summary>The model trained with <paramref name="algorithm"/>, or null while there is none.</summary>
    public RecommenderModel? For(RecommenderAlgorithm algorithm) => Volatile.Read(ref _models).GetValueOrDefault(algorithm);

    /// <summary>The version of each algorithm's model held.</summary>
    public IReadOnlyDictionary<RecommenderAlgorithm, long> Versions => Volatile.Read(ref _models).ToDictionary(m => m.Key, m => m.Value.Version);

    /// <summary>Holds <paramref name="model"/> for <paramref name="algorithm"/> unless a model of the same or a later version is held.</summary>
    public bool TryPublish(RecommenderAlgorithm algorithm, RecommenderModel model)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(algorithm, ServedAlgorithm);
        var published = false;
        ImmutableInterlocked.Update(ref _models, models =>
        {
            published = !models.TryGetValue(algorithm, out var held) || held.Version < model.Version;
            return published ? models.SetItem(algorithm, model) : models;
        });
        return published;
    }
}
