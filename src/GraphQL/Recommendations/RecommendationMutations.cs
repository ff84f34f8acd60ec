using GraphQL.Types;
using KnowledgePay.Application.Recommendations.Commands.TrainRecommender;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Recommendations;

internal static class RecommendationMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField(
                "trainRecommender",
                ("model", typeof(RecommenderModelGraphType), "The newly trained model, now served."),
                typeof(RecommenderNoBehaviourErrorGraphType))
            .Description("Admins: trains a recommender model on the current behaviour and catalogue now and serves it "
                + "(training also runs on start and on a schedule, Recommendations:TrainingInterval).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new TrainRecommenderCommand()));
}
