using GraphQL.Types;
using KnowledgePay.Application.Coupons.Commands;
using KnowledgePay.Application.Coupons.Commands.ClaimCoupon;
using KnowledgePay.Application.Coupons.Commands.CreateCoupon;
using KnowledgePay.Application.Coupons.Commands.EndCoupon;
using KnowledgePay.Application.Coupons.Commands.IssueCoupon;
using KnowledgePay.Application.Coupons.Commands.UpdateCoupon;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class CouponFieldsInputGraphType : InputObjectGraphType<CouponFields>
{
    public CouponFieldsInputGraphType()
    {
        Name = "CouponFieldsInput";
        Description = "A coupon's whole definition. Validity: validFrom and validUntil (a window), or validDays (after each claim).";
        Field(c => c.Title).Description("1 to 60 characters, e.g. 满199减30.");
        Field<NonNullGraphType<CouponKindGraphType>>("kind").Description("How it discounts.");
        Field(c => c.ThresholdFen).Description("满减: the eligible subtotal it needs; 折扣, 新人券: optional (0); 无门槛: 0. In fen.");
        Field(c => c.AmountOffFen).Description("满减, 无门槛, 新人券: the amount off in fen (满减: at most the threshold); 折扣: 0.");
        Field(c => c.PercentOff).Description("折扣: 1 to 99 (20 = 8折); others: 0.");
        Field(c => c.CapFen).Description("折扣: the most it takes off, in fen, 0 for no cap; others: 0.");
        Field<NonNullGraphType<CouponScopeInputGraphType>>("scope").Description("Which lines it covers.");
        Field(c => c.ValidFrom, nullable: true).Description("A fixed window's start.");
        Field(c => c.ValidUntil, nullable: true).Description("A fixed window's end.");
        Field(c => c.ValidDays, nullable: true).Description($"Or: days a copy lasts after its claim (1 to {Domain.Coupons.CouponLimits.MaxValidDays}).");
        Field(c => c.TotalStock).Description("How many copies exist; after claims, never below what is claimed.");
        Field(c => c.PerUserLimit).Description("How many copies one user may hold.");
        Field(c => c.Code, nullable: true).Description("A code users may type (4 to 32 letters, digits, '-', '_'; case-insensitive).");
        Field(c => c.IsPublic).Description("Listed among claimableCoupons and claimable by id.");
        Field(c => c.ReturnsOnRefund).Description("Give the coupon back when its order is refunded in full.");
    }
}

internal sealed class CouponScopeInputGraphType : InputObjectGraphType<CouponScopeFields>
{
    public CouponScopeInputGraphType()
    {
        Name = "CouponScopeInput";
        Description = "All, or the one list its kind names (1 to 100 entries).";
        Field<NonNullGraphType<CouponScopeKindGraphType>>("kind");
        OptionalIdList("categoryIds", "Category");
        OptionalIdList("courseIds", "Course");
        Field<ListGraphType<NonNullGraphType<OfferKindGraphType>>>("offerKinds").Description("For an offer-kinds scope.");
    }

    private void OptionalIdList(string name, string typeName)
    {
        var parse = GlobalId.ParserFor(typeName);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>(name)
            .Description($"For a {typeName.ToLowerInvariant()} scope: global ids.")
            .ParseValue(value => ((IEnumerable<object>)value).Select(parse).Cast<Guid>().ToList());
    }
}

internal sealed class CreateCouponInputGraphType : InputObjectGraphType<CreateCouponCommand>
{
    public CreateCouponInputGraphType()
    {
        Name = "CreateCouponInput";
        Field<NonNullGraphType<CouponFieldsInputGraphType>>("coupon").Description("The definition.");
    }
}

internal sealed class UpdateCouponInputGraphType : InputObjectGraphType<UpdateCouponCommand>
{
    public UpdateCouponInputGraphType()
    {
        Name = "UpdateCouponInput";
        Description = "Replaces the definition; once claimed, only title, stock, per-user limit, isPublic and returnsOnRefund may change.";
        this.IdField("couponId", CouponGraphType.TypeName);
        Field<NonNullGraphType<CouponFieldsInputGraphType>>("coupon").Description("The whole new definition.");
    }
}

internal sealed class EndCouponInputGraphType : InputObjectGraphType<EndCouponCommand>
{
    public EndCouponInputGraphType()
    {
        Name = "EndCouponInput";
        this.IdField("couponId", CouponGraphType.TypeName);
    }
}

internal sealed class ClaimCouponInputGraphType : InputObjectGraphType<ClaimCouponCommand>
{
    public ClaimCouponInputGraphType()
    {
        Name = "ClaimCouponInput";
        Description = "Either couponId (a listed coupon) or code (any active coupon's code).";
        this.OptionalIdField("couponId", CouponGraphType.TypeName).Description("A coupon from claimableCoupons.");
        Field(c => c.Code, nullable: true).Description("A code the user was given, e.g. WELCOME10.");
    }
}

internal sealed class IssueCouponInputGraphType : InputObjectGraphType<IssueCouponCommand>
{
    public IssueCouponInputGraphType()
    {
        Name = "IssueCouponInput";
        this.IdField("couponId", CouponGraphType.TypeName);
        this.IdListField("userIds", "User").Description($"1 to {Domain.Coupons.CouponLimits.MaxIssueUsers} users.");
    }
}
