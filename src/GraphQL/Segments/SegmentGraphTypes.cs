using GraphQL.Types;
using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Application.Segments.Queries.GetSegmentMembers;
using KnowledgePay.Application.Segments.Queries.PreviewSegment;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Segments;

internal sealed class SegmentGraphType : ObjectGraphType<SegmentDto>
{
    public const string TypeName = "Segment";

    public SegmentGraphType(FilterInputTypes filters, SortInputTypes sorts)
    {
        Name = TypeName;
        Description = "A rule-defined group of users, materialised into members that experiments and campaigns target.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id)).Projects(nameof(SegmentDto.Id));
        Field(s => s.Name);
        Field(s => s.Description, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("rule")
            .Description("The rule as JSON in the shape of SegmentRuleInput (ids raw), to copy into an update.")
            .Resolve(ctx => SegmentRuleJson.Write(ctx.Source.Rule)).Projects(nameof(SegmentDto.Rule));
        Field(s => s.MemberCount).Description("The size: members at the last refresh.");
        Field(s => s.RefreshedAt, nullable: true).Description("When the members were last materialised.");
        Field(s => s.CreatedAt);
        Field(s => s.UpdatedAt).Description("When the name, description or rule last changed.");
        this.ConnectionField<SegmentDto, SegmentMemberGraphType, SegmentMemberDto>(
                "members", (filters, SegmentQuerySchema.MemberFilter), (sorts, SegmentQuerySchema.MemberSort))
            .Description("The users in the materialised membership, newest users first unless ordered otherwise.")
            .Projects(nameof(SegmentDto.Id))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetSegmentMembersQuery(ctx.Source.Id, ctx.ToQueryContext<SegmentMemberDto>(SegmentQuerySchema.MemberFilter))));
    }
}

internal sealed class SegmentMemberGraphType : ObjectGraphType<SegmentMemberDto>
{
    public SegmentMemberGraphType()
    {
        Name = "SegmentMember";
        Description = "A user in a segment, with the profile details an operator recognises them by.";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user's global id.")
            .Resolve(ctx => GlobalId.Encode("User", ctx.Source.Id)).Projects(nameof(SegmentMemberDto.Id));
        Field(m => m.Nickname, nullable: true);
        Field(m => m.City, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("ageBand").Resolve(ctx => ctx.Source.AgeBand.ToString()).Projects(nameof(SegmentMemberDto.AgeBand));
        Field(m => m.CreatedAt).Description("When the user signed up.");
    }
}

internal sealed class SegmentPreviewGraphType : ObjectGraphType<SegmentPreviewDto>
{
    public SegmentPreviewGraphType()
    {
        Name = "SegmentPreview";
        Description = "What a rule selects now, nothing saved.";
        Field(p => p.Count).Description("How many users the rule selects.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentMemberGraphType>>>>("sample")
            .Description("A few of them, newest users first.").Resolve(ctx => ctx.Source.Sample);
    }
}

internal sealed class SegmentFieldGraphType : ObjectGraphType<SegmentFieldDefinition>
{
    public SegmentFieldGraphType()
    {
        Name = "SegmentField";
        Description = "A field segment rules may test.";
        Field(f => f.Name).Description("What a condition's field says.");
        Field(f => f.Description);
        Field<NonNullGraphType<StringGraphType>>("valueKind").Description("NONE, ID, ENUM, TEXT, INTEGER or PROBABILITY.")
            .Resolve(ctx => ctx.Source.ValueKind.ToString().ToUpperInvariant());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentOperatorGraphType>>>>("operators").Resolve(ctx => ctx.Source.Operators);
        Field(f => f.HasWindow).Description("Whether a condition needs withinDays.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("enumValues")
            .Description("For an enum field: the values it takes.").Resolve(ctx => ctx.Source.EnumValues);
    }
}

internal sealed class PropensityModelGraphType : ObjectGraphType<PropensityModelDto>
{
    public PropensityModelGraphType()
    {
        Name = "PropensityModel";
        Description = "The latest training of the 7-day purchase-propensity model (LightGBM), published or not.";
        Field(m => m.Version).Description("Increases with every training.");
        Field(m => m.TrainedAt);
        Field(m => m.TrainingRows).Description("User × weekly cut-off rows trained on.");
        Field(m => m.TrainingPositives).Description("Of them, users who paid an order in the 7 days after the cut-off.");
        Field(m => m.EvaluationRows).Description("Rows of the later, held-out cut-off (now − 7 days).");
        Field(m => m.EvaluationPositives);
        Field(m => m.Auc, nullable: true).Description("Area under the ROC curve on the held-out cut-off; null when it holds one class only.");
        Field(m => m.Published).Description("Whether its scores were written (enough buyers to learn from).");
        Field(m => m.ScoredUsers).Description("Users scored when published.");
        Field(m => m.Note).Description("Why it was trained, or why it was not published.");
    }
}
