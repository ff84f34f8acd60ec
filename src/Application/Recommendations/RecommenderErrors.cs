using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.Recommendations;

public static class RecommenderErrors
{
    public const string NoBehaviourCode = "RECOMMENDER_NO_BEHAVIOUR";

    /// <summary>A model learns from behaviour; with none (a fresh database, nobody consenting) there is nothing to learn.</summary>
    public static DomainException NoBehaviour() =>
        new(NoBehaviourCode, "No consenting learner has done anything with a published course yet, so there is nothing to train on.");
}
