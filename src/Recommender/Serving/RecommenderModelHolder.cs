namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The model being served. Readers take <see cref="Current"/> once per request and use that snapshot throughout; a
/// newly trained model replaces it with one reference swap, so a request sees either the old or the new model, whole.
/// </summary>
public sealed class RecommenderModelHolder
{
    private RecommenderModel? _current;

    /// <summary>The served model, or null before the first training or load.</summary>
    public RecommenderModel? Current => Volatile.Read(ref _current);

    /// <summary>Serves <paramref name="model"/> unless a model of the same or a later version is already served.</summary>
    public bool TryPublish(RecommenderModel model)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && current.Version >= model.Version)
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, model, current), current))
            {
                return true;
            }
        }
    }
}
