using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Application.Experiments.Queries.GetExperiment;
using KnowledgePay.Application.Experiments.Queries.GetExperiments;
using KnowledgePay.Application.Experiments.Queries.GetExperimentVariant;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Experiments;

internal static class ExperimentQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.ConnectionField<object?, ExperimentGraphType, ExperimentDto>(
                "experiments", (filters, ExperimentQuerySchema.Filter), (sorts, ExperimentQuerySchema.Sort))
            .Description("Admins: every experiment, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetExperimentsQuery(ctx.ToQueryContext<ExperimentDto>(ExperimentQuerySchema.Filter))));

        query.Field<ExperimentGraphType>("experiment")
            .Description("Admins: one experiment by its key; null when none has it.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The experiment's key.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetExperimentQuery(ctx.GetArgument<string>("key"))));

        query.Field<AssignedVariantGraphType>("experimentVariant")
            .Description("Anyone: the variant of the experiment to show. A signed-in learner the experiment targets gets their own, "
                + "the same on every call, and is logged as exposed the first time; anyone else gets the control. Null for an unknown key.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The experiment's key.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetExperimentVariantQuery(ctx.GetArgument<string>("key"))));
    }
}
