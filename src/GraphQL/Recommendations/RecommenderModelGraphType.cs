using GraphQL.Types;
using KnowledgePay.Application.Recommendations.Queries;

namespace KnowledgePay.GraphQL.Recommendations;

internal sealed class RecommenderModelGraphType : ObjectGraphType<RecommenderModelDto>
{
    public RecommenderModelGraphType()
    {
        Name = "RecommenderModel";
        Description = "A trained recommender model: its version, when, why and how well it was trained, and what it knows.";
        Field(m => m.Version).Description("Increases with every training; the served model is the highest.");
        Field(m => m.TrainedAt).Description("When training finished.");
        Field(m => m.TrainedBecause, nullable: true)
            .Description("Why it was trained: the schedule, an admin, or a catalogue change; null when it was trained before the server started.");
        Field<NonNullGraphType<IntGraphType>>("interactions").Description("User–course interactions it learnt from.")
            .Resolve(ctx => ctx.Source.Metrics.Interactions);
        Field<NonNullGraphType<IntGraphType>>("users").Description("Consenting users in the training data.")
            .Resolve(ctx => ctx.Source.Metrics.Users);
        Field(m => m.KnownUsers).Description("Users with a learnt collaborative part (at least one interaction); others are served from their profile.");
        Field(m => m.Courses).Description("Courses it can recommend (the published catalogue at training time).");
        Field(m => m.FeatureTokens).Description("Distinct user-side features it knows (interest tags, categories, creators, demographics, price bands).");
        Field<NonNullGraphType<FloatGraphType>>("trainingSeconds").Description("How long training took.")
            .Resolve(ctx => ctx.Source.Metrics.TrainingSeconds);
        Field<NonNullGraphType<FloatGraphType>>("trainingAuc")
            .Description("Share of (taken, sampled untaken) course pairs of one user it ranks correctly; 0.5 is chance.")
            .Resolve(ctx => ctx.Source.Metrics.TrainingAuc);
    }
}
