namespace Justice.Network.Tests.Referrals;

/// <summary>The referral test classes that share one Network host (and database): they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReferralsCollection : ICollectionFixture<NetworkHost>
{
    public const string Name = "Referrals";
}
