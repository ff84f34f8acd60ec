using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Experiments.Analysis.Results;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Experiments.Results;

internal static class ExperimentResultsQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ExperimentResultsGraphType>>("experimentResults")
            .Description("Admins: an experiment's results as of now, valid however often they are read (always-valid inference).")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The experiment's key.")
            .Argument<FloatGraphType>(
                "minimumDetectableEffect",
                "The relative change worth detecting on each metric (0.05 = 5 % of the control's mean): tunes the tests and the sample size.",
                a => a.DefaultValue = GetExperimentResultsQuery.DefaultMinimumDetectableEffect)
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetExperimentResultsQuery(
                ctx.GetArgument<string>("key"),
                ctx.GetArgument("minimumDetectableEffect", GetExperimentResultsQuery.DefaultMinimumDetectableEffect))));
}
