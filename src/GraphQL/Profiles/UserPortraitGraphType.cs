using GraphQL.Types;
using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Identity;

namespace KnowledgePay.GraphQL.Profiles;

internal sealed class UserPortraitGraphType : ObjectGraphType<UserPortraitDto>
{
    public UserPortraitGraphType()
    {
        Name = "UserPortrait";
        Description = "用户画像: what a user's recent behaviour and own choices say about them. Events fade with a half-life.";
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The user's global id.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.UserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagScoreGraphType>>>>("interests")
            .Description("Tags by descending score; interests chosen at onboarding count as a prior.")
            .Resolve(ctx => ctx.Source.Interests);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryScoreGraphType>>>>("categories")
            .Description("Category affinities by descending score.")
            .Resolve(ctx => ctx.Source.Categories);
        Field<PriceBandGraphType>("priceBand")
            .Description("The price band of the courses viewed and bought; null before any.")
            .Resolve(ctx => ctx.Source.PriceBand);
        Field<NonNullGraphType<ActivityLevelGraphType>>("activityLevel").Resolve(ctx => ctx.Source.ActivityLevel);
        Field(p => p.EventsLast7Days).Description("Events that happened in the last 7 days.");
        Field(p => p.EventsLast30Days).Description("Events that happened in the last 30 days.");
        Field(p => p.PersonalisationConsent).Description("Whether new behaviour is kept and used for recommendations.");
        Field<NonNullGraphType<GenderGraphType>>("gender").Description("As the user gave it.").Resolve(ctx => ctx.Source.Gender);
        Field<NonNullGraphType<AgeBandGraphType>>("ageBand").Description("As the user gave it.").Resolve(ctx => ctx.Source.AgeBand);
        Field(p => p.Occupation, nullable: true).Description("As the user gave it.");
        Field(p => p.City, nullable: true).Description("As the user gave it.");
    }
}
