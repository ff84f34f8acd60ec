using GraphQL.Types;
using KnowledgePay.GraphQL.Agreements;
using KnowledgePay.GraphQL.Campaigns;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Comments;
using KnowledgePay.GraphQL.Coupons;
using KnowledgePay.GraphQL.Experiments;
using KnowledgePay.GraphQL.Favourites;
using KnowledgePay.GraphQL.Gifts;
using KnowledgePay.GraphQL.GroupBuying;
using KnowledgePay.GraphQL.Identity;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Messaging;
using KnowledgePay.GraphQL.Moderation;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;
using KnowledgePay.GraphQL.Privacy;
using KnowledgePay.GraphQL.Recommendations;
using KnowledgePay.GraphQL.RedeemCodes;
using KnowledgePay.GraphQL.Referrals;
using KnowledgePay.GraphQL.Reviews;
using KnowledgePay.GraphQL.Risk;
using KnowledgePay.GraphQL.Sales;
using KnowledgePay.GraphQL.Segments;
using KnowledgePay.GraphQL.Sharing;
using KnowledgePay.GraphQL.Tracking;
using KnowledgePay.GraphQL.Wallets;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootMutation : ObjectGraphType
{
    public RootMutation()
    {
        Name = "Mutation";
        IdentityMutations.AddTo(this);
        CatalogMutations.AddTo(this);
        PrivacyMutations.AddTo(this);
        AgreementMutations.AddTo(this);
        TrackingMutations.AddTo(this);
        LearningMutations.AddTo(this);
        RecommendationMutations.AddTo(this);
        OrderMutations.AddTo(this);
        OfferMutations.AddTo(this);
        CouponMutations.AddTo(this);
        ExperimentMutations.AddTo(this);
        CampaignMutations.AddTo(this);
        SalesMutations.AddTo(this);
        GiftMutations.AddTo(this);
        ReferralMutations.AddTo(this);
        SharingMutations.AddTo(this);
        CommentMutations.AddTo(this);
        ModerationMutations.AddTo(this);
        RiskMutations.AddTo(this);
        GroupBuyMutations.AddTo(this);
        SegmentMutations.AddTo(this);
        RedeemCodeMutations.AddTo(this);
        WalletMutations.AddTo(this);
        ReviewMutations.AddTo(this);
        FavoriteMutations.AddTo(this);
        MessagingMutations.AddTo(this);
    }
}
