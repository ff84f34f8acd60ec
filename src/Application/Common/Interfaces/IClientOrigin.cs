using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Where the current request came from (address and the client's device id), for the access rules.</summary>
public interface IClientOrigin
{
    ClientOrigin Current { get; }
}
