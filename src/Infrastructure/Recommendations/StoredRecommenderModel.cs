using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// One published recommender model version: the model in <see cref="RecommenderModelFile"/>'s binary form, with its
/// training time and metrics beside it so the versions can be listed without loading their bytes.
/// </summary>
internal sealed class StoredRecommenderModel
{
    private StoredRecommenderModel()
    {
    }

    public long Version { get; private set; }

    /// <summary>The algorithm of an experiment arm's model; null for the served model.</summary>
    public string? ArmAlgorithm { get; private set; }

    public DateTimeOffset TrainedAt { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public int Interactions { get; private set; }

    public int Users { get; private set; }

    public int Courses { get; private set; }

    public double TrainingSeconds { get; private set; }

    public double TrainingAuc { get; private set; }

    public byte[] Content { get; private set; } = [];

    public static StoredRecommenderModel Of(RecommenderModel model, string? armAlgorithm, DateTimeOffset publishedAt)
    {
        using var content = new MemoryStream();
        RecommenderModelFile.Write(content, model);
        return new StoredRecommenderModel
        {
            Version = model.Version,
            ArmAlgorithm = armAlgorithm,
            TrainedAt = model.TrainedAt,
            PublishedAt = publishedAt,
            Interactions = model.Metrics.Interactions,
            Users = model.Metrics.Users,
            Courses = model.Metrics.Courses,
            TrainingSeconds = model.Metrics.TrainingSeconds,
            TrainingAuc = model.Metrics.TrainingAuc,
            Content = content.ToArray(),
        };
    }

    public RecommenderModel ToModel() => RecommenderModelFile.Read(new MemoryStream(Content, writable: false));
}
