using GraphQL.Types;
using KnowledgePay.GraphQL.Agreements;
using KnowledgePay.GraphQL.Analytics.Cohorts;
using KnowledgePay.GraphQL.Analytics.Courses;
using KnowledgePay.GraphQL.Analytics.Funnel;
using KnowledgePay.GraphQL.Analytics.Overview;
using KnowledgePay.GraphQL.Auditing;
using KnowledgePay.GraphQL.Bookkeeping;
using KnowledgePay.GraphQL.Campaigns;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Sorting;
using KnowledgePay.GraphQL.Coupons;
using KnowledgePay.GraphQL.Experiments;
using KnowledgePay.GraphQL.Experiments.Results;
using KnowledgePay.GraphQL.Favourites;
using KnowledgePay.GraphQL.Gifts;
using KnowledgePay.GraphQL.GroupBuying;
using KnowledgePay.GraphQL.Identity;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Memberships;
using KnowledgePay.GraphQL.Messaging;
using KnowledgePay.GraphQL.Moderation;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.Orders;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.Pricing;
using KnowledgePay.GraphQL.Privacy;
using KnowledgePay.GraphQL.Profiles;
using KnowledgePay.GraphQL.Recommendations;
using KnowledgePay.GraphQL.Referrals;
using KnowledgePay.GraphQL.Reviews;
using KnowledgePay.GraphQL.Risk;
using KnowledgePay.GraphQL.Sales;
using KnowledgePay.GraphQL.Segments;
using KnowledgePay.GraphQL.Sharing;
using KnowledgePay.GraphQL.Wallets;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootQuery : ObjectGraphType
{
    public RootQuery(FilterInputTypes filters, SortInputTypes sorts)
    {
        Name = "Query";
        NodeFields.AddTo(this);
        CatalogQueries.AddTo(this, filters, sorts);
        IdentityQueries.AddTo(this);
        AuditingQueries.AddTo(this, filters, sorts);
        PrivacyQueries.AddTo(this, filters, sorts);
        AgreementQueries.AddTo(this);
        ProfileQueries.AddTo(this);
        LearningQueries.AddTo(this);
        MembershipQueries.AddTo(this);
        RecommendationQueries.AddTo(this);
        OrderQueries.AddTo(this, filters, sorts);
        PricingQueries.AddTo(this);
        PaymentMethodQueries.AddTo(this);
        OfferQueries.AddTo(this, filters, sorts);
        CouponQueries.AddTo(this, filters, sorts);
        ExperimentQueries.AddTo(this, filters, sorts);
        CampaignQueries.AddTo(this, filters, sorts);
        SalesQueries.AddTo(this, filters, sorts);
        GiftQueries.AddTo(this);
        ReferralQueries.AddTo(this);
        SharingQueries.AddTo(this);
        ModerationQueries.AddTo(this);
        RiskQueries.AddTo(this);
        GroupBuyQueries.AddTo(this);
        BookkeepingQueries.AddTo(this, filters, sorts);
        WalletQueries.AddTo(this, filters, sorts);
        ReviewQueries.AddTo(this);
        FavoriteQueries.AddTo(this);
        ExperimentResultsQueries.AddTo(this);
        MessagingQueries.AddTo(this, filters, sorts);
        SegmentQueries.AddTo(this, filters, sorts);
        FunnelQueries.AddTo(this);
        CourseStatisticsQueries.AddTo(this);
        AnalyticsOverviewQueries.AddTo(this);
        AnalyticsCohortsQueries.AddTo(this);
    }
}
