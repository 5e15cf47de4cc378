// Kinerja ASN in Azure: one App Service (Linux, Node 20) runs the one server process (bot at
// /api/messages, tab API at /api/..., tab at /); Azure Tables hold the data; an Azure Bot connects the
// server to Teams. The server reaches Storage and Key Vault with a user-assigned managed identity, so no
// storage key exists in any setting, and the two secrets live in Key Vault, referenced from app settings.
//
// Deployed by `arm/deploy` in teamsapp.yml with infra/azure.parameters.json (whose ${{VAR}} placeholders
// Teams Toolkit fills from env/.env.<env> and env/.env.<env>.user). Outputs go back to the env file.
// Kept to syntax that Bicep v0.9.1 (the version pinned in teamsapp.yml) compiles.

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name, e.g. kinerja + RESOURCE_SUFFIX.')
param resourceBaseName string

@description('App Service plan SKU. B1 or higher: Always On is not available on F1/D1.')
param webAppSku string = 'B1'

@description('Azure Bot SKU: F0 (free, standard channels such as Teams are free anyway) or S1.')
param botServiceSku string = 'F0'

@maxLength(42)
param botDisplayName string

@description('Client id of the bot\'s Entra app (botAadApp/create): BOT_ID.')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Entra app: SECRET_BOT_PASSWORD. Stored in Key Vault only.')
param botAadAppClientSecret string

@description('Tenant of the bot\'s Entra app (the Microsoft 365 tenant): TEAMS_APP_TENANT_ID.')
param botTenantId string

@description('Client id of the SSO Entra app (aadApp/create): AAD_APP_CLIENT_ID.')
param aadAppClientId string

@description('Tenant of the SSO Entra app: AAD_APP_TENANT_ID.')
param aadAppTenantId string

@secure()
@description('Client secret of the SSO Entra app (on-behalf-of flow, Graph): SECRET_AAD_APP_CLIENT_SECRET.')
param aadAppClientSecret string

@allowed([
  'graph'
  'file'
])
@description('Organisation directory: graph (Microsoft Graph, User.Read.All) or file (demo data).')
param orgDirectory string = 'graph'

param timeZone string = 'Asia/Jakarta'

@description('Entra group whose members are Admin Kinerja (BKPSDM); overrides config/graph-org-mapping.json.')
param graphAdminGroupId string = ''

@description('Entra group whose members are Pengelola Kompetensi (BKPSDM).')
param graphKompetensiGroupId string = ''

param location string = resourceGroup().location

var uniqueSuffix = uniqueString(resourceGroup().id, resourceBaseName)
var storageAccountName = take(toLower('st${uniqueSuffix}'), 24)
// Key Vault names: 3-24 characters, start with a letter, no trailing or double hyphen.
var keyVaultName = take(toLower('kv${uniqueSuffix}'), 24)
var webAppName = resourceBaseName
// Built-in role definitions.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// ---------------------------------------------------------------------------------------------------
// Identity

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

// ---------------------------------------------------------------------------------------------------
// Storage: Azure Tables, reached with the managed identity (shared keys disabled).

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource storageTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, identity.id, storageTableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------------------------------------------
// Secrets: Key Vault (RBAC), read by the App Service through Key Vault references.

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-password'
  properties: {
    value: botAadAppClientSecret
  }
}

resource aadAppClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'aad-app-client-secret'
  properties: {
    value: aadAppClientSecret
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------------------------------------------
// Compute: App Service plan + App Service for the one server process.

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'TIME_ZONE'
          value: timeZone
        }
        {
          name: 'STORAGE_ACCOUNT_TABLE_URL'
          value: storageAccount.properties.primaryEndpoints.table
        }
        {
          // DefaultAzureCredential picks the user-assigned identity by this client id.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'ORG_DIRECTORY'
          value: orgDirectory
        }
        {
          name: 'BOT_ID'
          value: botAadAppClientId
        }
        {
          name: 'BOT_TENANT_ID'
          value: botTenantId
        }
        {
          name: 'BOT_TYPE'
          value: 'SingleTenant'
        }
        {
          name: 'BOT_PASSWORD'
          value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'AAD_APP_TENANT_ID'
          value: aadAppTenantId
        }
        {
          name: 'AAD_APP_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${aadAppClientSecretSecret.properties.secretUri})'
        }
        {
          // How Graph users become units and jabatan types (deployed with the app: the artifact is the repo).
          name: 'GRAPH_ORG_MAPPING_FILE'
          value: 'config/graph-org-mapping.json'
        }
        {
          name: 'GRAPH_ADMIN_GROUP_ID'
          value: graphAdminGroupId
        }
        {
          name: 'GRAPH_KOMPETENSI_GROUP_ID'
          value: graphKompetensiGroupId
        }
        {
          // App ID URI of the SSO app (infra/aad.manifest.json): an accepted audience of tab tokens.
          name: 'AAD_APP_ID_URI'
          value: 'api://${webAppName}.azurewebsites.net/${aadAppClientId}'
        }
      ]
    }
  }
  dependsOn: [
    keyVaultSecretsUser
    storageTableDataContributor
  ]
}

// ---------------------------------------------------------------------------------------------------
// Azure Bot: single-tenant identity (the bot's Entra app), messaging endpoint on the App Service,
// Microsoft Teams channel.

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// ---------------------------------------------------------------------------------------------------
// Outputs (written to env/.env.<env> by Teams Toolkit)

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output STORAGE_ACCOUNT_TABLE_URL string = storageAccount.properties.primaryEndpoints.table
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
