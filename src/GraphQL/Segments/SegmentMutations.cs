using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Segments.Commands.CreateSegment;
using KnowledgePay.Application.Segments.Commands.DeleteSegment;
using KnowledgePay.Application.Segments.Commands.RefreshSegment;
using KnowledgePay.Application.Segments.Commands.TrainPropensityModel;
using KnowledgePay.Application.Segments.Commands.UpdateSegment;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Segments;

/// <summary>Admins: defining, changing, deleting and refreshing segments, and training the propensity model.</summary>
internal static class SegmentMutations
{
    private static readonly (string, Type, string) Segment =
        ("segment", typeof(SegmentGraphType), "The segment with its freshly materialised size; null when errors is set.");

    private static readonly Type[] RuleErrors =
    [
        typeof(SegmentNameInvalidErrorGraphType), typeof(SegmentNameTakenErrorGraphType), typeof(SegmentRuleUnknownFieldErrorGraphType),
        typeof(SegmentRuleOperatorInvalidErrorGraphType), typeof(SegmentRuleValueInvalidErrorGraphType),
        typeof(SegmentRuleShapeInvalidErrorGraphType), typeof(SegmentRuleTooComplexErrorGraphType), typeof(ConflictErrorGraphType),
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateSegmentInputGraphType>("createSegment", Segment, RuleErrors)
            .Description("Admins: defines a segment and materialises its members at once.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateSegmentCommand>("input")));

        mutation.MutationField<UpdateSegmentInputGraphType>("updateSegment", Segment, [.. RuleErrors, typeof(SegmentNotFoundErrorGraphType)])
            .Description("Admins: replaces a segment's name, description and rule, and materialises its members again.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateSegmentCommand>("input")));

        mutation.MutationField<DeleteSegmentInputGraphType>(
                "deleteSegment",
                payload => payload.Field<IdGraphType>("deletedSegmentId").Description("The deleted segment's id; null when errors is set.")
                    .Resolve(ctx => ctx.Source.Result is Guid id ? GlobalId.Encode(SegmentGraphType.TypeName, id) : null),
                typeof(SegmentNotFoundErrorGraphType), typeof(SegmentInUseErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: deletes a segment and its members; refused while an unfinished experiment or campaign targets it.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<DeleteSegmentCommand>("input")));

        mutation.MutationField<RefreshSegmentInputGraphType>("refreshSegment", Segment, typeof(SegmentNotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: materialises a segment's members now (they also refresh every Segments:Refresh:Interval).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RefreshSegmentCommand>("input")));

        mutation.MutationField("trainPropensityModel", ("model", typeof(PropensityModelGraphType), "The training just recorded."))
            .Description("Admins: trains the purchase-propensity model now (it also trains every Recommendations:TrainingInterval) "
                + "and publishes its scores when it had enough buyers to learn from.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new TrainPropensityModelCommand()));
    }
}
