using GraphQL.Types;
using KnowledgePay.Application.Tracking.Commands.TrackEvents;

namespace KnowledgePay.GraphQL.Tracking;

internal sealed class TrackingRefusalGraphType : EnumerationGraphType<TrackingRefusal>
{
    public TrackingRefusalGraphType()
    {
        Name = "TrackingRefusal";
        Description = "Why a valid batch was not stored. CONSENT_WITHDRAWN: the user has not consented to personalisation.";
    }
}
