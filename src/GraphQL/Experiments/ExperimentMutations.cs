using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Experiments.Commands.CreateExperiment;
using KnowledgePay.Application.Experiments.Commands.StartExperiment;
using KnowledgePay.Application.Experiments.Commands.StopExperiment;
using KnowledgePay.Application.Experiments.Commands.UpdateExperiment;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Experiments;

/// <summary>Admins define, start and stop experiments.</summary>
internal static class ExperimentMutations
{
    private static readonly (string, Type, string) Experiment =
        ("experiment", typeof(ExperimentGraphType), "The experiment after the change; null when errors is set.");

    private static readonly Type[] DefinitionErrors =
    [
        typeof(NotFoundErrorGraphType), typeof(ExperimentInvalidErrorGraphType), typeof(ExperimentWeightsInvalidErrorGraphType),
        typeof(ExperimentPriceOutOfRangeErrorGraphType), typeof(ExperimentPayloadInvalidErrorGraphType),
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateExperimentInputGraphType>(
                "createExperiment", Experiment, [.. DefinitionErrors, typeof(ExperimentKeyTakenErrorGraphType), typeof(ConflictErrorGraphType)])
            .Description("Admins: drafts an experiment; it assigns nobody until startExperiment.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateExperimentCommand>("input")));

        mutation.MutationField<UpdateExperimentInputGraphType>(
                "updateExperiment", Experiment, [.. DefinitionErrors, typeof(ExperimentNotDraftErrorGraphType), typeof(ConflictErrorGraphType)])
            .Description("Admins: replaces a draft's definition; a started experiment no longer changes.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateExperimentCommand>("input")));

        mutation.MutationField<StartExperimentInputGraphType>(
                "startExperiment",
                Experiment,
                typeof(NotFoundErrorGraphType), typeof(ExperimentNotDraftErrorGraphType), typeof(ExperimentPriceOutOfRangeErrorGraphType),
                typeof(ExperimentOfferBusyErrorGraphType), typeof(ExperimentLayerFullErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: starts assigning users. A price experiment needs its offer free of other running price experiments "
                + "and its prices still within the offer's guardrails; a layered one needs room in its layer.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<StartExperimentCommand>("input")));

        mutation.MutationField<StopExperimentInputGraphType>(
                "stopExperiment",
                Experiment,
                typeof(NotFoundErrorGraphType), typeof(ExperimentNotRunningErrorGraphType), typeof(ExperimentInvalidErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Admins: stops a running experiment, recording the decision and the winning variant (if any); everyone then "
                + "sees the control and prices return to normal.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<StopExperimentCommand>("input")));
    }
}
